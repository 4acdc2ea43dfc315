using System.Diagnostics;
using System.Net;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class TokensTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const string Page = "/Admin/Tokens";
    private const string DryRun = "/api/v1/imports/publications?dryRun=true";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] OneRow(string unit) => ImportFiles.Utf8BomCsv($"{unit},令牌测试：一条信息,2022-08-15,,,,,");

    private Task<string> UserIdAsync(string userName) =>
        portal.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task An_admin_issues_a_token_that_is_shown_once_and_works()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var users = await admin.GetPageAsync("/Admin/Users/Index");
        Assert.Equal(Page, users.QuerySelector("[data-testid=tokens-link]")!.GetAttribute("href"));

        var issued = await admin.SubmitAsync(Page, new Dictionary<string, string>
        {
            ["Input.UserId"] = await UserIdAsync("czj"),
            ["Input.Name"] = "财政局网站同步",
        }, "form[data-testid=issue-form]");

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var page = await PortalClient.ParseAsync(issued);
        var box = page.QuerySelector("[data-testid=new-token]")!;
        var secret = box.QuerySelector("input")!.GetAttribute("value")!;
        Assert.StartsWith("hsg_", secret, StringComparison.Ordinal);
        Assert.Contains("离开本页后无法再次查看", box.TextContent, StringComparison.Ordinal);
        var row = page.QuerySelectorAll("[data-testid=tokens-table] tbody tr").Single(r => r.TextContent.Contains("财政局网站同步", StringComparison.Ordinal));
        Assert.Contains(secret[..10], row.TextContent, StringComparison.Ordinal);
        Assert.Contains("从未使用", row.TextContent, StringComparison.Ordinal);

        var again = await admin.Http.GetStringAsync(Page, Token);
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        Assert.Equal(ApiTokenHash(secret), await portal.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "财政局网站同步").Select(t => t.TokenHash).SingleAsync()));

        using var machine = portal.CreatePortalClient();
        var response = await machine.Http.PostFileAsync(DryRun, "a.csv", OneRow("区财政局"), secret);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = await admin.GetPageAsync(Page);
        Assert.DoesNotContain("从未使用", listed.QuerySelectorAll("[data-testid=tokens-table] tbody tr").Single(r => r.TextContent.Contains("财政局网站同步", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_revoked_on_the_page_stops_working()
    {
        var secret = await portal.IssueTokenAsync("mzj", "民政局脚本");
        using var machine = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await machine.Http.PostFileAsync(DryRun, "a.csv", OneRow("区民政局"), secret)).StatusCode);
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var id = await portal.WithDbAsync(db => db.ApiTokens.Where(t => t.Name == "民政局脚本").Select(t => t.Id).SingleAsync());

        var revoked = await admin.SubmitAsync(Page, new Dictionary<string, string>(), $"tr[data-token-id='{id}'] form[data-testid=revoke-form]");

        revoked.IsRedirectTo(Page);
        Assert.NotNull(await portal.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == id).Select(t => t.RevokedAtUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await machine.Http.PostFileAsync(DryRun, "a.csv", OneRow("区民政局"), secret)).StatusCode);
        var row = (await admin.GetPageAsync(Page)).QuerySelector($"tr[data-token-id='{id}']")!;
        Assert.Contains("已吊销", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("form"));
    }

    [Fact]
    public async Task Issuing_without_a_user_or_a_label_says_what_is_missing()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var response = await admin.SubmitAsync(Page, new Dictionary<string, string> { ["Input.UserId"] = "", ["Input.Name"] = "" }, "form[data-testid=issue-form]");

        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("[data-testid=new-token]"));
        Assert.Equal("请填写“用户”。", page.QuerySelector("[data-valmsg-for='Input.UserId']")!.TextContent.Trim());
        Assert.Equal("请填写“用途”。", page.QuerySelector("[data-valmsg-for='Input.Name']")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_token_create_command_prints_a_token_that_works()
    {
        var folder = Directory.CreateTempSubdirectory("hsg-token-command-");
        try
        {
            // The real program, as an operator runs it, on this portal's database.
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Database__Provider"] = portal.Provider.ToString(),
                    ["ConnectionStrings__Default"] = portal.ConnectionString,
                    ["Logging__File__Path"] = Path.Combine(folder.FullName, "portal-.log"),
                    ["Serilog__MinimumLevel__Default"] = "Warning",
                },
            };
            foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "HuangshigangDisclosure.Web.dll"), "token", "create", "--user", "sfj", "--name", "司法局命令行" })
            {
                start.ArgumentList.Add(argument);
            }

            _ = portal.Services; // the database exists before the command runs
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(Token);
            var errors = await process.StandardError.ReadToEndAsync(Token);
            await process.WaitForExitAsync(Token);

            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {errors}");
            var secret = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
            Assert.StartsWith("hsg_", secret, StringComparison.Ordinal);
            using var machine = portal.CreatePortalClient();
            Assert.Equal(HttpStatusCode.OK, (await machine.Http.PostFileAsync(DryRun, "a.csv", OneRow("区司法局"), secret)).StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await machine.Http.PostFileAsync(DryRun, "a.csv", OneRow("区财政局"), secret)).StatusCode);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string ApiTokenHash(string secret) => HuangshigangDisclosure.Web.Api.ApiTokens.Hash(secret);
}
