using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Web.Scoring;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Web.Tests.Reports;

/// <summary>The leaders' dashboard (季度考核) on the demo data: the seed's 2022Q3, and every figure a link to its records.</summary>
public partial class DashboardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q3 = "/Reports?q=2022Q3";

    private static readonly string[] Streets = ["江北管理区", "花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"];

    private async Task<IHtmlDocument> LeaderPageAsync(string url)
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        return await client.GetPageAsync(url);
    }

    private static IReadOnlyList<IElement> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=scores-table] tbody tr")];

    private static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private static IElement Row(IHtmlDocument page, string unit) =>
        Rows(page).Single(r => Cell(r, "unit-link") == unit);

    [Fact]
    public async Task The_leader_sees_the_seed_bulletins_figures_for_2022Q3()
    {
        var page = await LeaderPageAsync(Q3);

        Assert.Contains("2022年第三季度", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1155", page.QuerySelector("[data-testid=district-total]")!.TextContent.Trim());
        Assert.Equal("1 / 5", page.QuerySelector("[data-testid=units-met]")!.TextContent.Trim());
        Assert.Equal(25, Rows(page).Count);
        Assert.Equal(["8", "7", "7", "12", "8"], Streets.Select(s => Cell(Row(page, s), "total")));
        var met = Rows(page).Where(r => Cell(r, "quarter-met") == "达标").Select(r => Cell(r, "unit-link"));
        Assert.Equal(["沈家营街道"], met);
        Assert.Equal(["未达标", "未达标", "未达标", "达标", "未达标"], Streets.Select(s => Cell(Row(page, s), "quarter-met")));
        Assert.Equal("—", Cell(Row(page, "区财政局"), "quarter-met"));
    }

    [Fact]
    public async Task The_kind_filter_keeps_only_units_of_that_kind()
    {
        var page = await LeaderPageAsync(Q3 + "&kind=Street");

        Assert.Equal(["花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"], Rows(page).Select(r => Cell(r, "unit-link")));
        Assert.All(Rows(page), r => Assert.Equal("Street", r.GetAttribute("data-kind")));
        Assert.Equal("Street", ((IHtmlSelectElement)page.QuerySelector("select#kind")!).Value);
        // The tiles stay the district's, whatever the table shows.
        Assert.Equal("1155", page.QuerySelector("[data-testid=district-total]")!.TextContent.Trim());
        Assert.Contains("kind=Street", page.QuerySelector("[data-testid=export-xlsx]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_sorts_in_the_browser_by_every_column()
    {
        var page = await LeaderPageAsync(Q3);
        var table = page.QuerySelector("[data-testid=scores-table]")!;

        Assert.Contains("sortable", table.ClassList);
        var headers = table.QuerySelectorAll("thead th").ToList();
        Assert.Equal(13, headers.Count);
        Assert.All(headers, th => Assert.Contains(th.GetAttribute("data-sort"), new[] { "text", "number" }));
    }

    [Fact]
    public async Task A_month_cell_opens_exactly_the_publications_it_counts()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var page = await client.GetPageAsync(Q3);
        var unitId = await portal.WithDbAsync(db => Task.FromResult(db.Units.Single(u => u.Name == "黄石港街道").Id));
        var cells = Row(page, "黄石港街道").QuerySelectorAll("[data-testid=month-count]").Cast<IHtmlAnchorElement>().ToList();

        Assert.Equal(3, cells.Count);
        foreach (var (cell, month) in cells.Zip(new[] { "2022-07", "2022-08", "2022-09" }))
        {
            var href = cell.GetAttribute("href")!;
            Assert.StartsWith("/Publications", href, StringComparison.Ordinal);
            Assert.Contains($"unit={unitId}", href, StringComparison.Ordinal);
            Assert.Contains($"month={month}", href, StringComparison.Ordinal);

            var list = await client.GetPageAsync(href);
            var count = int.Parse(cell.TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"共 {count} 条", list.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());
            Assert.Equal(count, list.QuerySelectorAll("[data-testid=publications-table] tbody tr").Length);
        }

        // The quarter total opens the quarter's list, which says as many.
        var total = Row(page, "区财政局").QuerySelector("[data-testid=total]")!;
        var quarterList = await client.GetPageAsync(total.GetAttribute("href")!);
        Assert.Equal($"共 {total.TextContent.Trim()} 条", quarterList.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_other_figure_links_to_the_records_behind_it()
    {
        var page = await LeaderPageAsync(Q3);
        var unitId = await portal.WithDbAsync(db => Task.FromResult(db.Units.Single(u => u.Name == "区民政局").Id));
        var row = Row(page, "区民政局");

        Assert.Equal($"/Reports/Unit/{unitId}?q=2022Q3", row.QuerySelector("[data-testid=unit-link]")!.GetAttribute("href"));
        Assert.Equal($"/Interpretations?unit={unitId}&quarter=2022Q3", row.QuerySelector("[data-testid=interpretation] a")!.GetAttribute("href"));
        Assert.Equal($"/Directory/Unit/{unitId}", row.QuerySelector("[data-testid=directory] a")!.GetAttribute("href"));
        Assert.Equal($"/NewMedia?unit={unitId}&on=2022-09-30", row.QuerySelector("[data-testid=new-media] a")!.GetAttribute("href"));
        Assert.Contains("quarter=2022Q3", page.QuerySelector("[data-testid=district-total]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("/NewMedia?flag=dormant&on=2022-09-30", page.QuerySelector("[data-testid=dormant-accounts]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_zero_denominator_reads_a_dash_never_a_hundred_percent()
    {
        var page = await LeaderPageAsync(Q3);
        await using var scope = portal.Services.CreateAsyncScope();
        var scores = await scope.ServiceProvider.GetRequiredService<QuarterScoreService>().ScoreAsync(Quarter.Parse("2022Q3"));

        Assert.Contains(scores.Units, u => u.Interpretation.Judged == 0);
        Assert.Contains(scores.Units, u => u.Directory.Due == 0);
        foreach (var unit in scores.Units)
        {
            var row = Row(page, unit.Name);
            if (unit.Interpretation.Judged == 0)
            {
                Assert.Equal("—", Cell(row, "interpretation"));
            }

            if (unit.Directory.Due == 0)
            {
                Assert.Equal("—", Cell(row, "directory"));
            }

            if (unit.Score is null)
            {
                Assert.Equal(("—", "—"), (Cell(row, "score"), Cell(row, "rank")));
            }
        }
    }

    [Fact]
    public async Task The_charts_are_drawn_by_the_server_with_classes_not_styles()
    {
        var page = await LeaderPageAsync(Q3);

        // Heat map: a cell per unit and month, its level a class.
        var heat = page.QuerySelectorAll("[data-testid=heat-map] td.heat").ToList();
        Assert.Equal(25 * 3, heat.Count);
        Assert.All(heat, td => Assert.Matches(HeatClass(), td.ClassName!));
        // The streets' bars: 5 streets × 3 months, and each street's quota line.
        var bars = page.QuerySelector("[data-testid=street-bars] svg")!;
        Assert.Equal(15, bars.QuerySelectorAll("rect.chart-bar").Length);
        Assert.Equal(5, bars.QuerySelectorAll("line.chart-quota").Length);
        // The trend: four quarters ending with this one.
        Assert.Equal(["2021Q4", "2022Q1", "2022Q2", "2022Q3"], page.QuerySelectorAll("[data-testid=trend] g[data-quarter]").Select(g => g.GetAttribute("data-quarter")!));
        Assert.Equal("1155", page.QuerySelectorAll("[data-testid=trend-total]").Last().TextContent.Trim());
        Assert.Equal("达标 1/5", page.QuerySelectorAll("[data-testid=trend-met]").Last().TextContent.Trim());
        // The CSP forbids style attributes: none on the page.
        Assert.Empty(page.QuerySelectorAll("main [style]"));
    }

    [Fact]
    public async Task Without_a_quarter_the_dashboard_shows_the_latest_that_has_ended()
    {
        var page = await LeaderPageAsync("/Reports");
        var expected = Quarter.Of(ChinaTime.Today(portal.Clock)).Previous;

        Assert.Contains(expected.ChineseLabel, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(expected.ToString(), ((IHtmlSelectElement)page.QuerySelector("select#q")!).Value);

        var bad = await LeaderPageAsync("/Reports?q=2022Q9");
        Assert.Contains("2022Q9", bad.QuerySelector("[data-testid=filter-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(expected.ChineseLabel, bad.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaders_and_admins_find_it_in_the_menu_and_a_liaison_is_refused()
    {
        var leader = await LeaderPageAsync("/");
        Assert.Equal("/Reports", leader.QuerySelector("[data-testid=nav-reports]")!.GetAttribute("href"));

        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("huahu");
        var home = await client.GetPageAsync("/");
        Assert.Null(home.QuerySelector("[data-testid=nav-reports]"));
        (await client.Http.GetAsync(Q3)).IsRedirectTo("/Account/AccessDenied");
        (await client.Http.GetAsync(Q3 + "&handler=Export&format=xlsx")).IsRedirectTo("/Account/AccessDenied");
        (await client.Http.GetAsync(Q3 + "&handler=Export&format=csv")).IsRedirectTo("/Account/AccessDenied");
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_too()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");

        var response = await client.Http.GetAsync(Q3);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex(@"^heat heat-[0-5]( heat-short)?$")]
    private static partial Regex HeatClass();
}
