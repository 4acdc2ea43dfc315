using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// A title carrying script, saved through the real form, never runs in a browser: the pages encode it,
/// and even markup that got through would be stopped by the Content-Security-Policy.
/// </summary>
public sealed class ScriptInjectionTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    private const string Title =
        "XSS演练<script>window.__xss = 1; document.title = 'pwned'</script>\"><img src=x onerror=\"window.__xss = 2; document.title = 'pwned'\">";

    [Fact]
    public async Task A_title_with_an_inline_script_and_an_onerror_handler_never_runs_and_the_CSP_blocks_injected_markup()
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("shenjiaying");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("（shenjiaying）");

            await page.GotoAsync("/Publications/Create");
            await page.GetByLabel("标题", new() { Exact = true }).FillAsync(Title);
            await page.GetByLabel("发布日期", new() { Exact = true }).FillAsync("2022-07-12");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

            // The details page shows the title as text; nothing of it ran.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
            await AssertNothingRanAsync(page);

            await page.GotoAsync("/Publications/Index?q=XSS演练");
            await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("<script>window.__xss = 1;");
            await AssertNothingRanAsync(page);

            await page.GotoAsync("/Publications/Index");
            await AssertNothingRanAsync(page);
            Assert.Empty(problems);

            // Suppose markup did get through: the CSP forbids inline handlers, so the browser refuses to run it.
            await page.EvaluateAsync("""
                () => {
                    window.__violations = [];
                    document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
                    const holder = document.createElement('div');
                    holder.innerHTML = '<img src="/favicon-missing.png" onerror="window.__xss = 3; document.title = \'pwned\'">';
                    document.body.appendChild(holder);
                }
                """);
            await page.WaitForFunctionAsync("() => window.__violations.length > 0");
            var violated = await page.EvaluateAsync<string[]>("() => window.__violations");
            Assert.Contains(violated, d => d.StartsWith("script-src", StringComparison.Ordinal));
            await AssertNothingRanAsync(page);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(A_title_with_an_inline_script_and_an_onerror_handler_never_runs_and_the_CSP_blocks_injected_markup) + "-failure");
            throw;
        }
    }

    private static async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
    }
}
