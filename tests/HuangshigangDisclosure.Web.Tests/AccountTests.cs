using System.Net;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class AccountTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var client = portal.CreatePortalClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await client.LogInAsync("tjj", "Wrong-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("用户名或密码错误", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        (await client.LogInAsync("tjj", "Wrong-password-1")).IsRedirectTo("/Account/Lockout");
        (await client.LogInAsync("tjj")).IsRedirectTo("/Account/Lockout");

        var page = await client.GetPageAsync("/Account/Lockout");
        Assert.Contains("15 分钟", page.QuerySelector("[data-testid=lockout]")!.TextContent, StringComparison.Ordinal);
        var events = await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == "tjj").Select(e => e.Action).ToListAsync());
        Assert.Equal(4, events.Count(a => a == AuditAction.LoginFailed));
        Assert.Contains(AuditAction.LockedOut, events);
    }

    [Fact]
    public async Task The_lockout_ends_after_fifteen_minutes()
    {
        using var client = portal.CreatePortalClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.LogInAsync("sjj", "Wrong-password-1");
        }

        (await client.LogInAsync("sjj")).IsRedirectTo("/Account/Lockout");
        var lockoutEnd = await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "sjj").Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        // Identity reads the wall clock for lockouts: move the lockout's end into the past instead of moving time.
        await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "sjj")
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await client.LogInOkAsync("sjj");
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_message_as_a_wrong_password()
    {
        using var client = portal.CreatePortalClient();
        var unknown = await PortalClient.ParseAsync(await client.LogInAsync("nobody-here", "Whatever-123"));
        var wrong = await PortalClient.ParseAsync(await client.LogInAsync("mzj", "Whatever-123"));

        Assert.Equal(
            unknown.QuerySelector(".validation-summary-errors")!.TextContent.Trim(),
            wrong.QuerySelector(".validation-summary-errors")!.TextContent.Trim());
        Assert.Equal("nobody-here", unknown.QuerySelector("#Input_UserName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_user_must_change_the_initial_password_before_anything_else()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var unitId = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "区统计局").Select(u => u.Id).SingleAsync());
        var created = await admin.SubmitAsync("/Admin/Users/Create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "tjj2",
            ["Input.DisplayName"] = "统计局第二联络员",
            ["Input.Role"] = "Liaison",
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.InitialPassword"] = "Initial-Pass-2022",
        });
        created.IsRedirectTo("/Admin/Users/Edit/");

        using var user = portal.CreatePortalClient();
        (await user.LogInAsync("tjj2", "Initial-Pass-2022")).IsRedirectTo("/Account/ChangePassword");
        (await user.Http.GetAsync("/Units/Index")).IsRedirectTo("/Account/ChangePassword");
        var form = await user.GetPageAsync("/Account/ChangePassword");
        Assert.NotNull(form.QuerySelector("[data-testid=must-change]"));

        var weak = await user.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Initial-Pass-2022",
            ["Input.NewPassword"] = "short1",
            ["Input.ConfirmPassword"] = "short1",
        });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("密码至少需要 10 位", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var changed = await user.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Initial-Pass-2022",
            ["Input.NewPassword"] = "Changed-Pass-2022",
            ["Input.ConfirmPassword"] = "Changed-Pass-2022",
        });
        changed.IsRedirectTo("/");
        Assert.Equal(HttpStatusCode.OK, (await user.Http.GetAsync($"/Units/Details/{unitId}")).StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "tjj2").Select(u => u.MustChangePassword).SingleAsync()));
    }

    [Fact]
    public async Task A_disabled_account_cannot_log_in_and_its_session_ends()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("wlj");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await portal.WithDbAsync(db => db.Users.Where(u => u.UserName == "wlj").Select(u => u.Id).SingleAsync());

        var disabled = await admin.SubmitAsync($"/Admin/Users/Edit/{id}", new Dictionary<string, string>(), "form[action*='handler=Disable']");
        disabled.IsRedirectTo($"/Admin/Users/Edit/{id}");

        using var again = portal.CreatePortalClient();
        var refused = await again.LogInAsync("wlj");
        Assert.Contains("该账号已停用", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        try
        {
            // The security stamp changed: the old cookie is refused at its next validation.
            (await liaison.Http.GetAsync("/")).IsRedirectTo("/Account/Login");
        }
        finally
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(-2));
        }

        Assert.Contains(await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == "wlj").Select(e => e.Action).ToListAsync()), a => a == AuditAction.UserDisabled);
    }

    [Fact]
    public async Task An_idle_session_ends_after_thirty_minutes_and_an_active_one_does_not()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("jyj");
        try
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
            portal.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/")).StatusCode);
            portal.Clock.Advance(TimeSpan.FromMinutes(31));
            (await client.Http.GetAsync("/")).IsRedirectTo("/Account/Login");
        }
        finally
        {
            portal.Clock.Advance(TimeSpan.FromMinutes(-71));
        }
    }

    [Fact]
    public async Task Identity_stock_pages_do_not_exist()
    {
        using var client = portal.CreatePortalClient();
        (await client.Http.GetAsync("/Identity/Account/Register")).IsRedirectTo("/Account/Login");
        await client.LogInOkAsync("admin");
        foreach (var url in new[] { "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/Manage", "/Identity/Account/ForgotPassword" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Log_ins_are_audited_with_who_and_when()
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("rsj");

        var entry = await portal.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == "rsj" && e.Action == AuditAction.LoginSucceeded).SingleAsync());
        Assert.Equal("rsj", entry.UserName);
        Assert.False(string.IsNullOrEmpty(entry.UserId));
        Assert.Equal("Account", entry.EntityType);
        Assert.True(DateTime.UtcNow - entry.OccurredAtUtc < TimeSpan.FromMinutes(5));
    }
}
