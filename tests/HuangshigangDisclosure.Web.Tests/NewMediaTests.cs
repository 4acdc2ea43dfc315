using System.Globalization;
using System.Net;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Web.Pages.NewMedia;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Tests;

public class NewMediaTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private Task<int> AccountIdAsync(string name, NewMediaPlatform platform = NewMediaPlatform.WeChat) =>
        portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Name == name && a.Platform == platform).Select(a => a.Id).SingleAsync());

    private static async Task<Dictionary<string, string[]>> FlagsByNameAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("[data-testid=accounts-table] tbody tr").ToDictionary(
            row => row.QuerySelector("td:nth-child(3)")!.TextContent.Trim() + "·" + row.QuerySelector("td:nth-child(2)")!.TextContent.Trim(),
            row => row.QuerySelectorAll("[data-flag]").Select(b => b.GetAttribute("data-flag")!).ToArray());
    }

    [Fact]
    public async Task On_the_bulletins_check_day_every_flag_shows_on_the_accounts_it_belongs_to()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var flags = await FlagsByNameAsync(admin, "/NewMedia/Index?on=2022-09-30");

        Assert.Equal(["Dormant"], flags["抖音·黄石港文旅"]);
        Assert.Equal(["Zombie", "Dormant"], flags["微博·黄石港城管"]);
        Assert.Equal(["Unfiled"], flags["微信公众号·黄石港民政"]);
        Assert.Equal(["CancelledButOperating"], flags["微信公众号·黄石港退役军人服务"]);
        Assert.Empty(flags["微信公众号·黄石港发布"]);
        var badge = (await admin.GetPageAsync("/NewMedia/Index?on=2022-09-30&flag=zombie")).QuerySelector("[data-flag=Zombie]")!;
        Assert.Equal("僵尸账号（超过90天未更新）", badge.TextContent.Trim());
    }

    [Fact]
    public async Task An_account_updated_14_days_before_the_check_day_is_fine_and_15_days_before_is_dormant()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        // 黄石港街道便民服务 last published on 2022-09-17: 14 days before 10-01, 15 before 10-02.
        Assert.Empty((await FlagsByNameAsync(admin, "/NewMedia/Index?on=2022-10-01"))["微信公众号·黄石港街道便民服务"]);
        Assert.Equal(["Dormant"], (await FlagsByNameAsync(admin, "/NewMedia/Index?on=2022-10-02"))["微信公众号·黄石港街道便民服务"]);
        var dormant = await admin.GetPageAsync("/NewMedia/Index?on=2022-10-02&flag=dormant");
        Assert.Contains(dormant.QuerySelectorAll("[data-testid=accounts-table] tbody tr"), r => r.TextContent.Contains("黄石港街道便民服务", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_liaison_records_an_account_which_is_unfiled_until_the_opening_filing()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("shengyanggang");
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var created = await liaison.SubmitAsync("/NewMedia/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = "胜阳港街道 便民",
            ["Input.Platform"] = "Douyin",
            ["Input.Status"] = "Operating",
            ["Input.LastUpdatedOn"] = today,
        });
        created.IsRedirectTo("/NewMedia/Details/");
        var id = await AccountIdAsync("胜阳港街道 便民", NewMediaPlatform.Douyin);
        var details = await liaison.GetPageAsync($"/NewMedia/Details/{id}");
        Assert.Equal(["Unfiled"], details.QuerySelectorAll("[data-testid=flags] [data-flag]").Select(b => b.GetAttribute("data-flag")));

        var filed = await liaison.SubmitAsync($"/NewMedia/File/{id}", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Opening",
            ["Input.FiledOn"] = today,
            ["Input.Note"] = "省级平台备案号 HB-2022-001",
        });
        filed.IsRedirectTo($"/NewMedia/Details/{id}");

        details = await liaison.GetPageAsync($"/NewMedia/Details/{id}");
        Assert.Empty(details.QuerySelectorAll("[data-testid=flags] [data-flag]"));
        var filing = Assert.Single(details.QuerySelectorAll("[data-testid=filings] tbody tr"));
        Assert.Contains("开设", filing.TextContent, StringComparison.Ordinal);
        Assert.Contains("HB-2022-001", filing.TextContent, StringComparison.Ordinal);
        var unit = await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.UnitId).SingleAsync());
        Assert.Equal(await UnitIdAsync("胜阳港街道"), unit);
    }

    [Fact]
    public async Task A_cancellation_filing_sets_the_status_to_cancelled()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huangshigang");
        var id = await AccountIdAsync("黄石港街道新港社区");

        var filed = await liaison.SubmitAsync($"/NewMedia/File/{id}", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Cancellation",
            ["Input.FiledOn"] = "2022-10-10",
        });
        filed.IsRedirectTo($"/NewMedia/Details/{id}");

        var details = await liaison.GetPageAsync($"/NewMedia/Details/{id}");
        Assert.Equal("已注销", details.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal(NewMediaStatus.Cancelled, await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.Equal(3, details.QuerySelectorAll("[data-testid=filings] tbody tr").Length);
    }

    [Fact]
    public async Task A_filing_dated_in_the_future_is_refused()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huangshigang");
        var id = await AccountIdAsync("黄石港街道红旗社区");

        var response = await liaison.SubmitAsync($"/NewMedia/File/{id}", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Suspension",
            ["Input.FiledOn"] = "2999-01-01",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("不能晚于今天", page.QuerySelector("[data-valmsg-for='Input.FiledOn']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(NewMediaStatus.ClosurePlanned, await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_quick_action_updates_the_last_published_date()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("jiangbei");
        var id = await AccountIdAsync("江北管理区");

        var saved = await liaison.SubmitAsync($"/NewMedia/Details/{id}", new Dictionary<string, string> { ["LastUpdatedOn"] = "2022-10-08" }, "form[data-testid=last-updated-form]");
        saved.IsRedirectTo($"/NewMedia/Details/{id}");
        Assert.Equal(new DateOnly(2022, 10, 8), await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.LastUpdatedOn).SingleAsync()));

        var refused = await liaison.SubmitAsync($"/NewMedia/Details/{id}", new Dictionary<string, string> { ["LastUpdatedOn"] = "2999-01-01" }, "form[data-testid=last-updated-form]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("不能晚于今天", (await PortalClient.ParseAsync(refused)).QuerySelector("[data-valmsg-for=LastUpdatedOn]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 10, 8), await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.LastUpdatedOn).SingleAsync()));
    }

    [Fact]
    public async Task The_same_name_on_the_same_platform_twice_in_a_unit_is_refused()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var unit = await UnitIdAsync("区教育局");

        var response = await admin.SubmitAsync("/NewMedia/Create", new Dictionary<string, string>
        {
            ["Input.UnitId"] = unit.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "黄石港教育",
            ["Input.Platform"] = "WeChat",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("已有名为“黄石港教育”的账号", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_over_someone_elses_change_is_refused()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var id = await AccountIdAsync("花湖街道");
        var form = await liaison.GetPageAsync($"/NewMedia/Edit/{id}");
        await portal.WithDbAsync(async db =>
        {
            var account = await db.NewMediaAccounts.SingleAsync(a => a.Id == id);
            account.LastUpdatedOn = new DateOnly(2022, 9, 29);
            return await db.SaveChangesAsync();
        });

        var response = await liaison.SubmitAsync(form, $"/NewMedia/Edit/{id}", new Dictionary<string, string> { ["Input.Name"] = "花湖发布" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已被其他人修改", (await PortalClient.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("花湖街道", await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_liaison_sees_only_their_units_accounts_and_another_units_account_is_not_found()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var other = await AccountIdAsync("黄石港发布");

        var list = await liaison.GetPageAsync($"/NewMedia/Index?unit={await UnitIdAsync("区政府办公室")}");
        var units = list.QuerySelectorAll("[data-testid=accounts-table] tbody tr td:first-child").Select(td => td.TextContent.Trim()).Distinct();
        Assert.Equal(["花湖街道"], units);

        foreach (var url in new[] { $"/NewMedia/Details/{other}", $"/NewMedia/Edit/{other}", $"/NewMedia/File/{other}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync(url)).StatusCode);
        }

        var token = await liaison.AntiforgeryTokenAsync("/NewMedia/Create");
        foreach (var url in new[] { $"/NewMedia/Details/{other}?handler=LastUpdated", $"/NewMedia/Edit/{other}", $"/NewMedia/File/{other}" })
        {
            var response = await liaison.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["LastUpdatedOn"] = "2022-10-01",
                ["Input.Name"] = "改名",
                ["Input.Kind"] = "Cancellation",
                ["Input.FiledOn"] = "2022-10-01",
            }));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(NewMediaStatus.Operating, await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == other).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_leader_reads_accounts_but_cannot_record_or_file()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        var id = await AccountIdAsync("黄石港人社");

        var details = await leader.GetPageAsync($"/NewMedia/Details/{id}");
        Assert.Null(details.QuerySelector("[data-testid=file-link]"));
        Assert.Null(details.QuerySelector("[data-testid=last-updated-form]"));
        Assert.Null((await leader.GetPageAsync("/NewMedia/Index")).QuerySelector("[data-testid=create]"));
        (await leader.Http.GetAsync("/NewMedia/Create")).IsRedirectTo("/Account/AccessDenied");
        (await leader.Http.GetAsync($"/NewMedia/File/{id}")).IsRedirectTo("/Account/AccessDenied");

        var token = await leader.AntiforgeryTokenAsync("/NewMedia/Index");
        var response = await leader.Http.PostAsync($"/NewMedia/Details/{id}?handler=LastUpdated", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["LastUpdatedOn"] = "2022-10-01",
        }));
        response.IsRedirectTo("/Account/AccessDenied");
        Assert.Equal(new DateOnly(2022, 9, 23), await portal.WithDbAsync(db => db.NewMediaAccounts.Where(a => a.Id == id).Select(a => a.LastUpdatedOn).SingleAsync()));
    }

    [Fact]
    public void Platform_status_and_filing_names_on_pages_are_the_ones_core_has()
    {
        var localizer = portal.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.All(NewMediaNames.Platforms.All, p => Assert.Equal(p.ChineseName(), NewMediaDisplay.Display(localizer, p)));
            Assert.All(NewMediaNames.Statuses.All, s => Assert.Equal(s.ChineseName(), NewMediaDisplay.Display(localizer, s)));
            Assert.All(NewMediaNames.FilingKinds.All, k => Assert.Equal(k.ChineseName(), NewMediaDisplay.Display(localizer, k)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}

/// <summary>
/// The demo's new-media figures on the bulletin's check day, on a database of their own: the tests beside
/// this class file and edit accounts, and must not change what the bulletin counts.
/// </summary>
public class NewMediaSummaryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task The_summary_counts_the_bulletins_13_compliant_accounts_and_huangshigangs_eight()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var page = await leader.GetPageAsync("/NewMedia/Index?on=2022-09-30");
        Assert.Contains("合规 13 个", page.QuerySelector("[data-testid=summary]")!.TextContent, StringComparison.Ordinal);
        var compliant = await leader.GetPageAsync("/NewMedia/Index?on=2022-09-30&flag=compliant");
        Assert.Equal("共 13 条", compliant.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());

        var huangshigang = await UnitIdAsync("黄石港街道");
        var own = await leader.GetPageAsync($"/NewMedia/Index?on=2022-09-30&unit={huangshigang}&platform=WeChat");
        var statuses = own.QuerySelectorAll("[data-testid=accounts-table] tbody tr td:nth-child(4)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(8, statuses.Count);
        Assert.Equal(2, statuses.Count(s => s == "运营中"));
        Assert.Equal(5, statuses.Count(s => s == "拟关停"));
        Assert.Equal(1, statuses.Count(s => s == "已注销"));
    }
}
