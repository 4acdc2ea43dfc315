using System.Globalization;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Publications;
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

    /// <summary>
    /// 花湖街道's quarter: counted items on 7-12, 8-20, 9-08 and 9-26 (month 2, quarter 4, last 4 days ago);
    /// not counted: a WeChat post, a withdrawn item, June's item, another unit's. Two policies need an
    /// interpretation, one has it. A monthly entry never linked is due on 9-30; a quarterly one linked on
    /// 9-26 and a yearly one are not due this quarter. A dormant and an unfiled account.
    /// </summary>
    private Task<int> SeedHuahuAsync() => _portal.WithDbAsync(async db =>
    {
        var huahu = await db.Units.Where(u => u.Name == "花湖街道").Select(u => u.Id).SingleAsync();
        if (await db.Publications.AnyAsync(p => p.UnitId == huahu))
        {
            return huahu;
        }

        var finance = await db.Units.Where(u => u.Name == "区财政局").Select(u => u.Id).SingleAsync();
        var domain = new DisclosureDomain { Code = "T01", Name = "测试领域" };
        DirectoryEntry Entry(string code, DisclosureCycle cycle) => new()
        {
            Code = code,
            Domain = domain,
            Level1 = "测试事项",
            Level2 = code,
            Cycle = cycle,
            ResponsibleUnits = [new DirectoryEntryUnit { UnitId = huahu }],
        };
        var monthly = Entry("T01-1", DisclosureCycle.Monthly);
        var quarterly = Entry("T01-2", DisclosureCycle.Quarterly);
        db.DirectoryEntries.AddRange(monthly, quarterly, Entry("T01-3", DisclosureCycle.Annually));

        Publication Item(string title, int month, int day, PublicationChannel channel = PublicationChannel.DisclosurePlatform, int? unit = null) => new()
        {
            UnitId = unit ?? huahu,
            Title = title,
            PublishedOn = new DateOnly(2022, month, day),
            Channel = channel,
            Status = PublicationStatus.Published,
            RecordedBy = "test",
        };
        var interpreted = Item("花湖街道惠民政策（已解读）", 8, 20);
        interpreted.NeedsInterpretation = true;
        var pending = Item("花湖街道惠民政策（待解读）", 9, 8);
        pending.NeedsInterpretation = true;
        var last = Item("花湖街道九月工作动态", 9, 26);
        last.DirectoryEntry = quarterly;
        var withdrawn = Item("花湖街道错发信息", 9, 29);
        withdrawn.NeedsInterpretation = true;
        withdrawn.Withdraw("错发", DateTime.UtcNow);
        db.Publications.AddRange(
            Item("花湖街道七月工作动态", 7, 12), interpreted, pending, last, withdrawn,
            Item("花湖街道公众号推文", 9, 28, PublicationChannel.WeChat),
            Item("花湖街道六月工作动态", 6, 30),
            Item("区财政局九月预算执行", 9, 27, unit: finance));
        await db.SaveChangesAsync();
        db.Interpretations.Add(new Interpretation { PolicyId = interpreted.Id, UnitId = huahu, Title = "解读", Form = InterpretationForm.Text, PublishedOn = new DateOnly(2022, 8, 21) });

        var dormant = new NewMediaAccount { UnitId = huahu, Name = "花湖社区服务", Platform = NewMediaPlatform.Weibo, LastUpdatedOn = new DateOnly(2022, 9, 10) };
        dormant.File(FilingKind.Opening, new DateOnly(2020, 3, 1), null);
        db.NewMediaAccounts.AddRange(dormant, new NewMediaAccount { UnitId = huahu, Name = "花湖街道", Platform = NewMediaPlatform.Douyin, LastUpdatedOn = new DateOnly(2022, 9, 29) });
        await db.SaveChangesAsync();
        return huahu;
    });

    [Fact]
    public async Task A_street_liaison_sees_the_quarter_of_their_unit_with_links_to_the_records()
    {
        var huahu = await SeedHuahuAsync();
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var home = await liaison.GetPageAsync("/");
        var section = home.QuerySelector("[data-testid=unit-quarter]")!;
        Assert.Contains("花湖街道 · 2022年第3季度", section.QuerySelector("h2")!.TextContent, StringComparison.Ordinal);

        string Figure(string id) => section.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        string Link(string id) => section.QuerySelector($"[data-testid={id}]")!.GetAttribute("href")!;
        Assert.Equal("2", Figure("month-count"));
        Assert.Equal("4", Figure("quarter-count"));
        Assert.Equal("4", Figure("days-since-last"));
        Assert.Equal("1", Figure("policies-to-interpret"));
        Assert.Equal("1", Figure("directory-due"));
        Assert.Equal("1", Figure("people-gaps"));
        Assert.Contains("：1", Figure("dormant"), StringComparison.Ordinal);
        Assert.Contains("：0", Figure("zombie"), StringComparison.Ordinal);
        Assert.Contains("：1", Figure("unfiled"), StringComparison.Ordinal);
        var quotas = section.QuerySelectorAll("[data-testid=quota]").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["指标 4 条，尚差 2 条", "指标 12 条，尚差 8 条"], quotas);
        Assert.Contains("高远", section.TextContent, StringComparison.Ordinal);

        var id = huahu.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"/Publications?unit={id}&month=2022-09&channel=DisclosurePlatform&status=published", Link("month-count"));
        Assert.Equal($"/Publications?unit={id}&quarter=2022Q3&channel=DisclosurePlatform&status=published", Link("quarter-count"));
        Assert.Equal("/Interpretations/ToDo", Link("policies-to-interpret"));
        Assert.Equal($"/Directory/Unit/{id}", Link("directory-due"));
        Assert.Equal($"/Units/Details/{id}#gaps", Link("people-gaps"));
        Assert.Equal("/NewMedia?flag=dormant", Link("dormant"));

        // Each figure is the count of the records its link lists.
        var month = await liaison.GetPageAsync(Link("month-count"));
        Assert.Equal(["花湖街道九月工作动态", "花湖街道惠民政策（待解读）"], month.QuerySelectorAll("[data-testid=publications-table] tbody tr td:nth-child(2) > a:first-child").Select(a => a.TextContent.Trim()));
        var quarter = await liaison.GetPageAsync(Link("quarter-count"));
        Assert.Equal(4, quarter.QuerySelectorAll("[data-testid=publications-table] tbody tr").Length);
        var dormant = await liaison.GetPageAsync(Link("dormant"));
        Assert.Equal(["花湖社区服务"], dormant.QuerySelectorAll("[data-testid=accounts-table] tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));

        var reminder = Assert.Single(section.QuerySelectorAll("[data-testid=open-reminders] tbody tr"));
        Assert.Contains("请于9月15日前更新信息公开平台", reminder.TextContent, StringComparison.Ordinal);
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
    public async Task A_department_has_no_quota_and_nothing_published_yet()
    {
        using var liaison = _portal.CreatePortalClient();
        await liaison.LogInOkAsync("tjj");

        var section = (await liaison.GetPageAsync("/")).QuerySelector("[data-testid=unit-quarter]")!;

        Assert.Equal("0", section.QuerySelector("[data-testid=quarter-count]")!.TextContent.Trim());
        Assert.Equal("—", section.QuerySelector("[data-testid=days-since-last]")!.TextContent.Trim());
        Assert.Contains("本单位不设数量指标", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("尚无计入考核的信息", section.TextContent, StringComparison.Ordinal);
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
