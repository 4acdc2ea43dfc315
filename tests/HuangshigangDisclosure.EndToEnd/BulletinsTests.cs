using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>The office's quarterly bulletin in the browser: draft, write section 三, issue, download Word (zh-CN labels).</summary>
public sealed partial class BulletinsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    private const string Requirements = "（一）抓紧整改落实。各街道（管理区）要对照本通报逐项整改，于11月10日前将整改情况书面报区政务公开办。";

    [Fact]
    public async Task Admin_drafts_2022Q3_writes_section_three_issues_it_and_downloads_the_word_file()
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        try
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("admin");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("（admin）");

            await page.GetByRole(AriaRole.Link, new() { Name = "情况通报", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "起草通报", Exact = true }).ClickAsync();
            await page.GetByLabel("季度", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2022年第三季度" });
            await page.GetByRole(AriaRole.Button, new() { Name = "起草", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "修改通报", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("placeholders")).ToContainTextAsync("{{全区信息总数}}");
            await page.GetByLabel("三、下步工作要求", new() { Exact = true }).FillAsync(Requirements);
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DetailsUrl());
            var bulletin = page.GetByTestId("bulletin");
            await Expect(bulletin).ToContainTextAsync("仅有沈家营街道达标");
            await Expect(bulletin).ToContainTextAsync("我区共主动公开信息条目1155条");
            await Expect(bulletin).ToContainTextAsync("于11月10日前将整改情况书面报区政务公开办");
            await Expect(page.GetByTestId("street-table")).ToContainTextAsync("沈家营街道");
            await Screenshots.SaveAsync(page, "bulletin-draft");

            await page.GetByRole(AriaRole.Link, new() { Name = "印发", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "印发通报", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("我已核对预览，确认印发", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "印发", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DetailsUrl());
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已印发 2022年第3期。");
            await Expect(page.GetByTestId("bulletin-number")).ToHaveTextAsync("2022年第3期");
            await Expect(page.GetByTestId("issued-notice")).ToBeVisibleAsync();

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("word-download").ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            Directory.CreateDirectory(Screenshots.Folder);
            var path = Path.Combine(Screenshots.Folder, "bulletin-2022Q3.docx");
            await download.SaveAsAsync(path);
            using (var word = WordprocessingDocument.Open(path, false))
            {
                var text = word.MainDocumentPart!.Document!.Body!.InnerText;
                Assert.Contains("于11月10日前将整改情况书面报区政务公开办", text, StringComparison.Ordinal);
                Assert.Contains("2022年第3期", text, StringComparison.Ordinal);
                Assert.Contains("仅有沈家营街道达标", text, StringComparison.Ordinal);
            }

            await Screenshots.SaveAsync(page, "bulletin-issued");
            Assert.Empty(problems);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(Admin_drafts_2022Q3_writes_section_three_issues_it_and_downloads_the_word_file) + "-failure");
            throw;
        }
    }

    [GeneratedRegex(@"/Bulletins/Details/\d+$")]
    private static partial Regex DetailsUrl();
}
