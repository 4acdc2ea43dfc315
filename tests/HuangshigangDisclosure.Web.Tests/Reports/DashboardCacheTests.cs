using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Reports;

/// <summary>
/// The dashboard caches the HTML of its figures (500 units' links are most of its cost): a write must show at once,
/// and each language keeps its own copy.
/// </summary>
public class DashboardCacheTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Q3 = "/Reports?q=2022Q3";

    private static string Text(AngleSharp.Html.Dom.IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    [Fact]
    public async Task A_publication_recorded_after_a_visit_shows_on_the_next_visit()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var before = await client.GetPageAsync(Q3);
        Assert.Equal("1155", Text(before, "[data-testid=district-total]"));

        await portal.WithDbAsync(async db =>
        {
            var huahu = await db.Units.SingleAsync(u => u.Name == "花湖街道");
            db.Publications.Add(new Publication
            {
                UnitId = huahu.Id,
                Title = "花湖街道关于缓存测试的通知",
                PublishedOn = new DateOnly(2022, 8, 15),
                Channel = PublicationChannel.DisclosurePlatform,
                Status = PublicationStatus.Published,
                RecordedBy = "test",
            });
            return await db.SaveChangesAsync();
        });

        var after = await client.GetPageAsync(Q3);
        Assert.Equal("1156", Text(after, "[data-testid=district-total]"));
        var huahuRow = after.QuerySelectorAll("[data-testid=scores-table] tbody tr")
            .Single(r => r.QuerySelector("[data-testid=unit-link]")!.TextContent.Trim() == "花湖街道");
        Assert.Equal("8", huahuRow.QuerySelector("[data-testid=total]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_english_page_is_not_served_from_the_chinese_copy()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var chinese = await client.GetPageAsync(Q3);
        Assert.Contains("各单位考核情况", chinese.Body!.TextContent, StringComparison.Ordinal);

        client.Http.DefaultRequestHeaders.Add("Cookie", CookieRequestCultureProvider.DefaultCookieName + "=" + CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en")));
        var english = await client.GetPageAsync(Q3);

        Assert.Contains("District total of counted items", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("各单位考核情况", english.Body!.TextContent, StringComparison.Ordinal);
    }
}
