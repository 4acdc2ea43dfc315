using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// The one-time message after a save (TempData in a cookie): shown once, then its cookie cleared; and a page read
/// without one sets no cookie at all (the stock provider answered a deletion on every page, which also kept pages
/// out of the output cache).
/// </summary>
public class OneTimeMessageTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    [Fact]
    public async Task A_page_without_a_message_sets_no_cookie_and_a_message_shows_once_then_its_cookie_is_cleared()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var plain = await admin.Http.GetAsync("/Units", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Set-Cookie"));

        var id = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "区民政局").Select(u => u.Id).SingleAsync());
        var saved = await admin.SubmitAsync(await admin.GetPageAsync($"/Units/Edit/{id}"), $"/Units/Edit/{id}", new Dictionary<string, string>());
        saved.IsRedirectTo($"/Units/Details/{id}");
        Assert.Contains(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TempDataCookie + "=CfDJ8", StringComparison.Ordinal));

        var shown = await admin.Http.GetAsync($"/Units/Details/{id}", TestContext.Current.CancellationToken);
        var page = await PortalClient.ParseAsync(shown);
        Assert.Equal("已保存。", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains(shown.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TempDataCookie + "=;", StringComparison.Ordinal));

        var again = await admin.GetPageAsync($"/Units/Details/{id}");
        Assert.Null(again.QuerySelector("[role=status]"));
    }
}
