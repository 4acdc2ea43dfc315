using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;

namespace HuangshigangDisclosure.Web.Tests;

public class AuthorizationTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] AdminOnlyPages =
    [
        "/Admin/Audit/Index", "/Admin/Calendar/Edit", "/Admin/Calendar/Index", "/Admin/Tokens/Index", "/Admin/UnitsImport", "/Admin/Users/Create", "/Admin/Users/Edit", "/Admin/Users/Index",
        "/Admin/Reminders/Create", "/Admin/Reminders/Details", "/Admin/Reminders/Index",
        "/Bulletins/Correct", "/Bulletins/Create", "/Bulletins/Edit", "/Bulletins/Issue",
        "/Admin/Training/Create", "/Admin/Training/Edit", "/Admin/Training/Gaps", "/Admin/Training/Index",
        "/Directory/Create", "/Directory/Domains/Create", "/Directory/Domains/Edit", "/Directory/Domains/Index", "/Directory/Edit", "/Directory/Import",
        "/Interpretations/Delete",
        "/Units/Appoint", "/Units/Create", "/Units/Edit", "/Units/Replace",
    ];

    /// <summary>District-wide pages for Leaders and Admins: a liaison is refused, not scoped.</summary>
    private static readonly string[] LeaderAndAdminPages =
    [
        "/Reports/Index",
    ];

    [Fact]
    public async Task Every_page_sends_an_anonymous_user_to_log_in()
    {
        using var client = portal.CreatePortalClient();
        var pages = PortalPages.All(portal.Services);
        Assert.Contains(pages, p => p.Page == "/Units/Index");

        foreach (var page in pages.Where(p => !PortalPages.Anonymous.Contains(p.Page)))
        {
            var response = await client.Http.GetAsync(page.Url);
            response.IsRedirectTo("/Account/Login?ReturnUrl=");
        }
    }

    [Fact]
    public async Task The_admin_pages_are_exactly_the_ones_this_test_knows()
    {
        // A new admin page must be added to AdminOnlyPages, so the liaison test below covers it.
        var pages = PortalPages.All(portal.Services).Select(p => p.Page);
        var adminFolder = pages.Where(p => p.StartsWith("/Admin/", StringComparison.Ordinal));
        Assert.Subset(AdminOnlyPages.ToHashSet(), adminFolder.ToHashSet());
    }

    [Fact]
    public async Task A_liaison_cannot_open_any_admin_page()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("huahu");

        foreach (var page in PortalPages.All(portal.Services).Where(p => AdminOnlyPages.Contains(p.Page)))
        {
            var response = await client.Http.GetAsync(page.Url);
            response.IsRedirectTo("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task A_liaison_cannot_open_the_leaders_pages()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("huahu");
        var pages = PortalPages.All(portal.Services).Where(p => LeaderAndAdminPages.Contains(p.Page)).ToList();
        Assert.Equal(LeaderAndAdminPages.Length, pages.Count);

        foreach (var page in pages)
        {
            var response = await client.Http.GetAsync(page.Url);
            response.IsRedirectTo("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task Leaders_and_admins_open_the_leaders_pages()
    {
        foreach (var user in new[] { "leader", "admin" })
        {
            using var client = portal.CreatePortalClient();
            await client.LogInOkAsync(user);
            foreach (var page in PortalPages.All(portal.Services).Where(p => LeaderAndAdminPages.Contains(p.Page)))
            {
                Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(page.Url)).StatusCode);
            }
        }
    }

    [Fact]
    public async Task A_leader_cannot_open_admin_pages_either()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");

        var response = await client.Http.GetAsync("/Admin/Users/Index");
        response.IsRedirectTo("/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Units/Index")).StatusCode);
    }

    [Fact]
    public async Task A_leader_cannot_post_anything()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var token = await client.AntiforgeryTokenAsync("/Account/ChangePassword");
        var unitsBefore = await portal.WithDbAsync(db => Task.FromResult(db.Units.Count()));

        foreach (var page in PortalPages.All(portal.Services).Where(p => !p.Page.StartsWith("/Account/", StringComparison.Ordinal) && p.Page != "/Error"))
        {
            var response = await client.Http.PostAsync(page.Url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = "领导新建的单位",
                ["Input.ShortName"] = "领导单位",
            }));
            Assert.True(
                response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed
                || response.Headers.Location?.PathAndQuery().StartsWith("/Account/AccessDenied", StringComparison.Ordinal) == true,
                $"POST {page.Url} as a leader answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        Assert.Equal(unitsBefore, await portal.WithDbAsync(db => Task.FromResult(db.Units.Count())));
    }

    [Fact]
    public async Task No_page_fails_when_an_admin_posts_to_it_blindly()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        var token = await client.AntiforgeryTokenAsync("/Account/ChangePassword");

        foreach (var page in PortalPages.All(portal.Services).Where(p => p.Page is not ("/Account/Logout" or "/Error")))
        {
            var response = await client.Http.PostAsync(page.Url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
            }));
            Assert.True((int)response.StatusCode < 500, $"POST {page.Url} as admin with an empty form answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_liaison_sees_their_own_unit_and_not_another()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("huahu");
        var (own, other) = await portal.WithDbAsync(db => Task.FromResult((
            db.Units.Single(u => u.Name == "花湖街道").Id,
            db.Units.Single(u => u.Name == "沈家营街道").Id)));

        var page = await client.GetPageAsync($"/Units/Details/{own}");
        Assert.Contains("花湖街道", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/Units/Details/{other}")).StatusCode);
        var list = await client.GetPageAsync("/Units/Index");
        var names = list.QuerySelectorAll("[data-testid=units-table] tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["花湖街道"], names);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_a_chinese_page()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");

        var response = await client.Http.PostAsync("/Units/Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "没有令牌的单位",
            ["Input.ShortName"] = "无令牌",
            ["Input.Kind"] = "Department",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => Task.FromResult(db.Units.Any(u => u.Name == "没有令牌的单位"))));
    }
}
