using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// Every main page as each role sees it in a real browser on the demo data: it renders its heading, the
/// CSP blocks nothing, no script fails, no request fails. The screenshots illustrate docs/user-guide.zh.md.
/// </summary>
public sealed class PageTourTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    public static TheoryData<string, string[]> Tours => new()
    {
        {
            "admin",
            [
                "/", "/Units/Index", "/Units/Details/2", "/Publications/Index?quarter=2022Q3", "/Publications/Create",
                "/Publications/Import", "/Directory/Index", "/Directory/Unit/8", "/Interpretations/Index", "/Interpretations/ToDo",
                "/Calendar/Explain?from=2022-09-29&to=2022-10-10", "/Admin/Users/Index", "/Admin/Audit/Index", "/Admin/Tokens/Index",
                "/Admin/Calendar/Index", "/Admin/UnitsImport", "/Account/ChangePassword",
                "/NewMedia/Index?on=2022-09-30", "/NewMedia/Details/1", "/NewMedia/Create", "/NewMedia/Edit/1", "/NewMedia/File/1",
                "/Admin/Reminders/Index", "/Admin/Reminders/Create", "/Admin/Reminders/Details/1", "/Reminders/Unit/3",
                "/Admin/Training/Index", "/Admin/Training/Create", "/Admin/Training/Edit/1", "/Admin/Training/Gaps",
            ]
        },
        { "leader", ["/", "/Reports/Index?q=2022Q3", "/Reports/Unit/3?q=2022Q3", "/Units/Index", "/Publications/Index?quarter=2022Q3", "/Directory/Index", "/Interpretations/Index", "/NewMedia/Index", "/Reminders/Unit/2"] },
        { "huangshigang", ["/", "/Reports/Unit/3?q=2022Q3", "/Units/Details/3", "/Publications/Index?quarter=2022Q3", "/Interpretations/ToDo", "/Directory/Unit/3", "/NewMedia/Index", "/NewMedia/Details/1", "/Reminders/Unit/3"] },
    };

    [Theory]
    [MemberData(nameof(Tours))]
    public async Task Every_main_page_renders_cleanly_for(string user, string[] paths)
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var problems = PageProblems.Watch(page);

        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync($"（{user}）");

        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response?.Ok, $"{user} {path}: HTTP {response?.Status}");
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            var name = $"tour-{user}-{path.Trim('/').Replace('/', '-').Split('?')[0]}";
            await Screenshots.SaveAsync(page, name.EndsWith('-') || name == $"tour-{user}-" ? name + "home" : name);
        }

        Assert.Empty(problems);
    }
}
