using System.Text;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>A liaison's week in the browser: record an item, import a file, fix a bad row, find the items.</summary>
public sealed class PublicationsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Liaison_records_a_publication_then_fixes_a_bad_import_row_and_finds_the_items_in_the_list()
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        var folder = Directory.CreateTempSubdirectory("hsg-e2e-import").FullName;
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("shenjiaying");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("（shenjiaying）");

            // 1. Record one item by hand.
            await page.GotoAsync("/Publications/Create");
            await page.GetByLabel("标题", new() { Exact = true }).FillAsync("沈家营街道开展防汛应急演练");
            await page.GetByLabel("发布日期", new() { Exact = true }).FillAsync("2022-07-12");
            await page.GetByLabel("链接", new() { Exact = true }).FillAsync("http://www.hsdhsg.gov.cn/xxgk/sjy/202207/t20220712_e2e.html");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "沈家营街道开展防汛应急演练", Level = 1 })).ToBeVisibleAsync();

            // 2. Import a file whose second data row has an impossible date: nothing is imported.
            var bad = Path.Combine(folder, "本单位公开信息.csv");
            await File.WriteAllTextAsync(bad, Csv("2022-07-19", "2022-13-40"), new UTF8Encoding(true));
            await page.GotoAsync("/Publications/Import");
            await page.GetByLabel("选择文件", new() { Exact = true }).SetInputFilesAsync(bad);
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览", Exact = true }).ClickAsync();
            var errors = page.GetByTestId("import-errors");
            await Expect(errors).ToBeVisibleAsync();
            await Expect(errors.GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // header + the one bad row
            await Expect(errors).ToContainTextAsync("3"); // the spreadsheet's row number (header is row 1)
            await Expect(errors).ToContainTextAsync("发布日期");
            await Expect(page.GetByTestId("commit-form")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "Liaison_import_with_a_bad_row");

            // 3. Fix the row and import again: preview, then commit.
            var fixedFile = Path.Combine(folder, "本单位公开信息（已更正）.csv");
            await File.WriteAllTextAsync(fixedFile, Csv("2022-07-19", "2022-08-03"), new UTF8Encoding(true));
            await page.GetByLabel("选择文件", new() { Exact = true }).SetInputFilesAsync(fixedFile);
            await page.GetByRole(AriaRole.Button, new() { Name = "上传并预览", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("import-errors")).ToHaveCountAsync(0);
            await page.GetByRole(AriaRole.Button, new() { Name = "确认导入（2 条）", Exact = true }).ClickAsync();
            await Expect(page.GetByText("导入完成：新增 2 条")).ToBeVisibleAsync();

            // 4. All three are in the unit's list for July–August.
            await page.GotoAsync("/Publications/Index?q=沈家营街道");
            var list = page.GetByRole(AriaRole.Table);
            await Expect(list).ToContainTextAsync("沈家营街道开展防汛应急演练");
            await Expect(list).ToContainTextAsync("沈家营街道召开7月份安全生产例会");
            await Expect(list).ToContainTextAsync("沈家营街道8月份民生实事进展情况");
            await Screenshots.SaveAsync(page, nameof(Liaison_records_a_publication_then_fixes_a_bad_import_row_and_finds_the_items_in_the_list));
            Assert.Empty(problems);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(Liaison_records_a_publication_then_fixes_a_bad_import_row_and_finds_the_items_in_the_list) + "-failure");
            throw;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Csv(string firstDate, string secondDate) =>
        "单位,标题,发布日期,发布渠道,链接,信息类别\n" +
        $"沈家营街道,沈家营街道召开7月份安全生产例会,{firstDate},信息公开平台,http://www.hsdhsg.gov.cn/xxgk/sjy/202207/t20220719_e2e.html,工作动态\n" +
        $"沈家营街道,沈家营街道8月份民生实事进展情况,{secondDate},信息公开平台,http://www.hsdhsg.gov.cn/xxgk/sjy/202208/t20220803_e2e.html,工作动态\n";
}
