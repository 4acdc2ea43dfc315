using System.Globalization;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>The leader's journey through the quarterly scores (issue 5), as the pages show it in Chinese.</summary>
public sealed class ReportsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Leader_opens_2022Q3_drills_into_Huangshigang_streets_silence_and_downloads_the_Excel_file()
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        var problems = PageProblems.Watch(page);
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("leader");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("（leader）");

            // The menu, then 2022Q3 from the quarter selector.
            await page.GetByTestId("nav-reports").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("考核情况");
            await page.GetByLabel("季度", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2022年第三季度" });
            await page.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2022年第三季度考核情况");
            await Expect(page.GetByTestId("district-total")).ToHaveTextAsync("1155");

            // 沈家营街道 is the only unit that met its quota.
            var table = page.GetByTestId("scores-table");
            var met = table.Locator("tbody tr").Filter(new() { Has = page.Locator("[data-testid=quarter-met]", new() { HasTextRegex = new Regex("^\\s*达标\\s*$") }) });
            await Expect(met).ToHaveCountAsync(1);
            await Expect(met.GetByTestId("unit-link")).ToHaveTextAsync("沈家营街道");
            await Screenshots.SaveAsync(page, "dashboard");

            // Drill into 黄石港街道: 46 days without an item, then a burst the day after the reminder.
            await table.GetByRole(AriaRole.Link, new() { Name = "黄石港街道", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("黄石港街道 · 2022年第三季度考核情况");
            await Expect(page.GetByTestId("silence-text")).ToHaveTextAsync("最长连续 46 天未更新：2022年7月22日至2022年9月5日。");
            await Expect(page.GetByTestId("burst-reminder")).ToContainTextAsync("2022年9月5日督办提醒后");
            await Screenshots.SaveAsync(page, "unit-score");

            // Back on the dashboard, the Excel file of the same table.
            await page.GetByTestId("back-to-dashboard").ClickAsync();
            await Expect(page.GetByTestId("district-total")).ToHaveTextAsync("1155");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
            Assert.Equal("2022年第三季度考核.xlsx", download.SuggestedFilename);
            var path = Path.Combine(server.Folder, download.SuggestedFilename);
            await download.SaveAsAsync(path);

            var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(1155, rows.Sum(r => Convert.ToInt32(r["合计"], CultureInfo.InvariantCulture)));
            Assert.Equal(["沈家营街道"], rows.Where(r => (string?)r["达标"] == "达标").Select(r => (string?)r["单位"]));
            Assert.Empty(problems);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(Leader_opens_2022Q3_drills_into_Huangshigang_streets_silence_and_downloads_the_Excel_file) + "-failure");
            throw;
        }
    }
}
