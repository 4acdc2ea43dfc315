using System.Net;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Reports;

/// <summary>
/// The dashboard is cached twice: the HTML of its figures (500 units' links are most of its cost) and whole responses
/// per user and browser session (ScoresPageCachePolicy). A write must show at once, each language keeps its own copy,
/// and nobody is served another user's or another session's page.
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

    private static async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> GetAsync(PortalClient client, string url)
    {
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    private static async Task LogOutFromAsync(PortalClient client, AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var response = await client.SubmitAsync(page, Q3, new Dictionary<string, string>(), "form[action='/Account/Logout']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_second_visit_is_served_from_the_cache_and_its_log_out_form_still_works()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var (first, firstPage) = await GetAsync(client, Q3);
        var (second, page) = await GetAsync(client, Q3);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache answered
        Assert.Equal(Text(firstPage, "[data-testid=district-total]"), Text(page, "[data-testid=district-total]"));
        await LogOutFromAsync(client, page);
    }

    [Fact]
    public async Task Another_user_or_another_session_of_the_same_user_never_gets_that_copy()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        await GetAsync(leader, Q3);
        await GetAsync(leader, Q3);

        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var (adminResponse, adminPage) = await GetAsync(admin, Q3);
        Assert.Null(adminResponse.Headers.Age);
        Assert.Contains("（admin）", Text(adminPage, "[data-testid=signed-in-as]"), StringComparison.Ordinal);

        using var leaderElsewhere = portal.CreatePortalClient();
        await leaderElsewhere.LogInOkAsync("leader");
        var (otherResponse, otherPage) = await GetAsync(leaderElsewhere, Q3);
        Assert.Null(otherResponse.Headers.Age);
        await LogOutFromAsync(leaderElsewhere, otherPage);
    }

    [Fact]
    public async Task A_browser_taking_gzip_gets_the_page_compressed_and_one_that_does_not_gets_it_plain()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        for (var visit = 0; visit < 2; visit++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Q3);
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var compressed = await client.Http.SendAsync(request);
            Assert.Equal(["gzip"], compressed.Content.Headers.ContentEncoding);
            await using var gzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
            var html = await new StreamReader(gzip).ReadToEndAsync();
            var unpacked = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

            var (plain, page) = await GetAsync(client, Q3);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
            Assert.Matches("^11[0-9]{2}$", Text(page, "[data-testid=district-total]"));
            Assert.Equal(Text(page, "[data-testid=district-total]"), Text(unpacked, "[data-testid=district-total]"));
        }
    }
}
