using System.Globalization;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>The home pages on 2022-09-30 (China), the last day of the demo quarter.</summary>
public class HomeTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _portal;

    public HomeTests(PortalFactory portal)
    {
        _portal = portal;
        portal.Clock.Set(new DateTimeOffset(2022, 9, 30, 12, 0, 0, TimeSpan.FromHours(8)));
    }

    private Task<int> UnitIdAsync(string name) =>
        _portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task A_street_liaison_sees_the_quarter_of_their_unit_with_links_to_the_records()
    {
        // The demo data: 花湖街道 counted 3 + 3 + 1 items in Q3, the last on 9-09 (a notice-board item on 8-12
        // does not count); its trained liaison handed over to 高远 on 9-15; it has not acknowledged the
        // 9-05 reminder; its one WeChat account was updated on 9-26.
        var huahu = await UnitIdAsync("花湖街道");
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var home = await liaison.GetPageAsync("/");
        var section = home.QuerySelector("[data-testid=unit-quarter]")!;
        Assert.Contains("花湖街道 · 2022年第3季度", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);

        string Figure(string id) => section.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        string Link(string id) => section.QuerySelector($"[data-testid={id}]")!.GetAttribute("href")!;
        Assert.Equal("1", Figure("month-count"));
        Assert.Equal("7", Figure("quarter-count"));
        Assert.Equal("21", Figure("days-since-last"));
        Assert.Equal("1", Figure("people-gaps"));
        Assert.Contains("：0", Figure("dormant"), StringComparison.Ordinal);
        Assert.Contains("：0", Figure("zombie"), StringComparison.Ordinal);
        Assert.Contains("：0", Figure("unfiled"), StringComparison.Ordinal);
        Assert.Equal(["指标 4 条，尚差 3 条", "指标 12 条，尚差 5 条"], section.QuerySelectorAll("[data-testid=quota]").Select(b => b.TextContent.Trim()));
        Assert.Contains("联络员 高远 于 2022年9月15日 接替 赵雪梅", section.TextContent, StringComparison.Ordinal);
        var reminder = Assert.Single(section.QuerySelectorAll("[data-testid=open-reminders] tbody tr"));
        Assert.Contains("请于9月15日前更新信息公开平台", reminder.TextContent, StringComparison.Ordinal);

        var id = huahu.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"/Publications?unit={id}&month=2022-09&channel=DisclosurePlatform&status=published", Link("month-count"));
        Assert.Equal($"/Publications?unit={id}&quarter=2022Q3&channel=DisclosurePlatform&status=published", Link("quarter-count"));
        Assert.Equal("/Interpretations/ToDo", Link("policies-to-interpret"));
        Assert.Equal($"/Directory/Unit/{id}", Link("directory-due"));
        Assert.Equal($"/Units/Details/{id}#gaps", Link("people-gaps"));
        Assert.Equal("/NewMedia?flag=dormant", Link("dormant"));

        // Each figure is the count of the records its link lists.
        var month = await liaison.GetPageAsync(Link("month-count"));
        Assert.Equal(["花湖街道开展中秋节前食品安全检查"], month.QuerySelectorAll("[data-testid=publications-table] tbody tr td:nth-child(2) > a:first-child").Select(a => a.TextContent.Trim()));
        var quarter = await liaison.GetPageAsync(Link("quarter-count"));
        Assert.Equal(7, quarter.QuerySelectorAll("[data-testid=publications-table] tbody tr").Length);
        var toDo = await liaison.GetPageAsync(Link("policies-to-interpret"));
        Assert.Equal(Figure("policies-to-interpret"), toDo.QuerySelectorAll("[data-testid=todo-table] tbody tr").Length.ToString(CultureInfo.InvariantCulture));
        // On the quarter's last day, an entry due this quarter is due today.
        var directory = await liaison.GetPageAsync(Link("directory-due"));
        Assert.Equal(Figure("directory-due"), directory.QuerySelectorAll("[data-testid=next-due][data-value='2022-09-30']").Length.ToString(CultureInfo.InvariantCulture));
        Assert.NotEqual("0", Figure("directory-due"));
    }

    [Theory]
    [InlineData("wlj", "dormant", "黄石港文旅")]
    [InlineData("cgj", "zombie", "黄石港城管")]
    [InlineData("mzj", "unfiled", "黄石港民政")]
    public async Task A_liaison_sees_their_new_media_problems_and_the_accounts_behind_them(string user, string flag, string account)
    {
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync(user);

        var section = (await liaison.GetPageAsync("/")).QuerySelector("[data-testid=unit-quarter]")!;
        var link = section.QuerySelector($"[data-testid={flag}]")!;

        Assert.EndsWith("：1", link.TextContent.Trim(), StringComparison.Ordinal);
        var list = await liaison.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal([account], list.QuerySelectorAll("[data-testid=accounts-table] tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task A_liaison_acknowledges_a_reminder_from_the_home_page()
    {
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync("shengyanggang");
        var unit = await UnitIdAsync("胜阳港街道");

        var response = await liaison.SubmitAsync("/", new Dictionary<string, string>(), "[data-testid=open-reminders] tbody tr form");

        response.IsRedirectTo("/");
        var home = await liaison.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=no-open-reminders]"));
        var row = await _portal.WithDbAsync(db => db.ReminderRecipients.SingleAsync(r => r.UnitId == unit));
        Assert.Equal("shengyanggang", row.AcknowledgedBy);
        Assert.Equal(new DateTime(2022, 9, 30, 4, 0, 0), row.AcknowledgedAtUtc!.Value, TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_department_has_no_quota()
    {
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync("tjj");

        var section = (await liaison.GetPageAsync("/")).QuerySelector("[data-testid=unit-quarter]")!;

        Assert.Contains("本单位不设数量指标", section.TextContent, StringComparison.Ordinal);
        Assert.Null(section.QuerySelector("[data-testid=quota]"));
        Assert.NotNull(section.QuerySelector("[data-testid=no-open-reminders]"));
    }

    [Fact]
    public async Task Admins_and_leaders_keep_their_cards_and_get_the_links_to_the_new_pages()
    {
        using var admin = _portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var adminHome = await admin.GetPageAsync("/");
        Assert.Null(adminHome.QuerySelector("[data-testid=unit-quarter]"));
        var adminLinks = adminHome.QuerySelectorAll("[data-testid=home-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Subset(adminLinks.ToHashSet(), new HashSet<string?> { "/NewMedia", "/Admin/Reminders", "/Admin/Training", "/Admin/Training/Gaps" });

        using var leader = _portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        var leaderLinks = (await leader.GetPageAsync("/")).QuerySelectorAll("[data-testid=home-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/NewMedia", leaderLinks);
        Assert.DoesNotContain("/Admin/Reminders", leaderLinks);
        var nav = (await leader.GetPageAsync("/")).QuerySelectorAll("#mainNav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("政务新媒体", nav);
        Assert.DoesNotContain("提醒督办", nav);
    }
}
