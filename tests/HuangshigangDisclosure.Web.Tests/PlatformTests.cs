using System.Net;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class PlatformTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_reports_the_database()
    {
        using var client = portal.CreatePortalClient();
        var response = await client.Http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        using var client = portal.CreatePortalClient();
        var response = await client.Http.GetAsync("/Account/Login");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_pages_load_nothing_from_another_origin()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        var page = await client.GetPageAsync("/Units/Index");

        var sources = page.QuerySelectorAll("script[src], link[href], img[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, src => Assert.StartsWith("/", src, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(sources.First(s => s.Contains("bootstrap", StringComparison.Ordinal)))).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_chinese_not_found_page()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        var response = await client.Http.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_shows_a_friendly_page_and_never_the_stack_trace()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        var response = await client.Http.GetAsync("/test/throw");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("系统出现错误", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=secret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html.Replace("at the", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chinese_is_the_default_and_english_is_one_click_away()
    {
        using var client = portal.CreatePortalClient();
        var chinese = await client.GetPageAsync("/Account/Login");
        Assert.Equal("用户登录", chinese.QuerySelector("h1")!.TextContent);
        Assert.Equal("zh-CN", chinese.DocumentElement.GetAttribute("lang"));

        (await client.Http.GetAsync("/Culture?c=en&returnUrl=%2FAccount%2FLogin")).IsRedirectTo("/Account/Login");
        var english = await client.GetPageAsync("/Account/Login");
        Assert.Equal("Log in", english.QuerySelector("h1")!.TextContent);

        (await client.Http.GetAsync("/Culture?c=zh-CN&returnUrl=https%3A%2F%2Fevil.example%2F")).IsRedirectTo("/");
    }

    [Fact]
    public async Task Dates_read_the_chinese_way()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        var huahu = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "花湖街道").Select(u => u.Id).SingleAsync());
        var page = await client.GetPageAsync($"/Units/Details/{huahu}");
        Assert.Contains("2022年9月15日", page.QuerySelector("[data-testid=handovers]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_rows_can_never_be_changed_or_deleted()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("czj");

        await portal.WithDbAsync<bool>(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(e => e.Action == AuditAction.LoginSucceeded);
            entry.UserName = "someone-else";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return true;
        });
    }

    [Fact]
    public async Task The_demo_log_in_page_lists_no_accounts_outside_development()
    {
        using var client = portal.CreatePortalClient();
        var page = await client.GetPageAsync("/Account/Login");
        Assert.Null(page.QuerySelector("[data-testid=demo-accounts]"));
        Assert.DoesNotContain(PortalClient.DemoPassword, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }
}
