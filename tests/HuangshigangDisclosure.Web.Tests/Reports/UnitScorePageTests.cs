using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests.Reports;

/// <summary>A unit's score page (单位考核情况): each part explained with the rule and the numbers; liaisons see their own only.</summary>
public class UnitScorePageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => Task.FromResult(db.Units.Single(u => u.Name == name).Id));

    private async Task<IHtmlDocument> PageAsAsync(string user, string url)
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync(user);
        return await client.GetPageAsync(url);
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task The_unit_page_explains_every_part_of_the_score()
    {
        var id = await UnitIdAsync("黄石港街道");
        var page = await PageAsAsync("leader", $"/Reports/Unit/{id}?q=2022Q3");

        Assert.Contains("黄石港街道", Text(page, "h1"), StringComparison.Ordinal);
        Assert.Contains("2022年第三季度", Text(page, "h1"), StringComparison.Ordinal);
        var lines = page.QuerySelectorAll("[data-testid=explanation] tbody tr").ToDictionary(tr => tr.GetAttribute("data-component")!, tr => tr.TextContent);
        Assert.Equal(["QuarterQuota", "MonthlyRegularity", "Interpretation", "DirectoryCoverage", "Total"], lines.Keys);
        Assert.Contains("季度更新 7 条，要求 12 条，未达标", lines["QuarterQuota"], StringComparison.Ordinal);
        Assert.Contains("每月要求 4 条", lines["MonthlyRegularity"], StringComparison.Ordinal);
        Assert.Contains("合计", lines["Total"], StringComparison.Ordinal);
        Assert.Contains("得分", Text(page, "[data-testid=score] p"), StringComparison.Ordinal);

        // The months, each a link to its records, and the quarter's total.
        Assert.Equal("7", Text(page, "[data-testid=months] [data-testid=total]"));
        Assert.Equal(3, page.QuerySelectorAll("[data-testid=months] [data-testid=month-count]").Length);
        // Interpretation, directory, new media and people: the figures and a link to the records.
        Assert.NotNull(page.QuerySelector($"[data-testid=interpretation] a[href='/Interpretations?unit={id}&quarter=2022Q3']"));
        Assert.NotNull(page.QuerySelector($"[data-testid=directory] a[href='/Directory/Unit/{id}']"));
        Assert.NotNull(page.QuerySelector($"[data-testid=new-media] a[href='/NewMedia?unit={id}&on=2022-09-30']"));
        Assert.Contains("8", page.QuerySelector("[data-testid=new-media] dl")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=people] a[href='/Units/Details/{id}#gaps']"));
    }

    [Fact]
    public async Task Huangshigang_streets_silence_and_its_burst_after_the_reminder_are_dated()
    {
        var id = await UnitIdAsync("黄石港街道");
        var page = await PageAsAsync("leader", $"/Reports/Unit/{id}?q=2022Q3");

        Assert.Equal("最长连续 46 天未更新：2022年7月22日至2022年9月5日。", Text(page, "[data-testid=silence-text]"));
        var burst = Text(page, "[data-testid=bursts] li");
        Assert.StartsWith("2022年9月6日至2022年9月8日集中更新", burst, StringComparison.Ordinal);
        Assert.Contains("（2022年9月5日督办提醒后第 1 天）", burst, StringComparison.Ordinal);
        Assert.Equal($"/Reminders/Unit/{id}", page.QuerySelector("[data-testid=burst-reminder]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_department_without_a_quota_is_told_so_and_scored_on_the_rest()
    {
        var id = await UnitIdAsync("区财政局");
        var page = await PageAsAsync("admin", $"/Reports/Unit/{id}?q=2022Q3");

        Assert.Contains("不设数量指标", Text(page, "[data-testid=months] p"), StringComparison.Ordinal);
        Assert.Contains("无季度数量要求", page.QuerySelector("[data-testid=explanation] tr[data-component=QuarterQuota]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Reports?q=2022Q3", page.QuerySelector("[data-testid=back-to-dashboard]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_liaison_sees_their_own_units_page_and_no_other()
    {
        var own = await UnitIdAsync("黄石港街道");
        var other = await UnitIdAsync("沈家营街道");
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("huangshigang");

        var home = await client.GetPageAsync("/");
        var link = home.QuerySelector("[data-testid=unit-score-link]")!.GetAttribute("href")!;
        Assert.Equal($"/Reports/Unit/{own}", link);
        var page = await client.GetPageAsync(link + "?q=2022Q3");
        Assert.Contains("黄石港街道", Text(page, "h1"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=back-to-dashboard]"));

        var withoutId = await client.GetPageAsync("/Reports/Unit?q=2022Q3");
        Assert.Contains("黄石港街道", Text(withoutId, "h1"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Reports/Unit/{other}?q=2022Q3")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_unit_or_none_is_not_found_for_a_leader()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Reports/Unit/99999?q=2022Q3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Reports/Unit")).StatusCode);
    }
}
