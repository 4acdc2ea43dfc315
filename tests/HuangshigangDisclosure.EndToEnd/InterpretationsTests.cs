using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>Policy interpretation as a liaison does it in the browser, with the labels the pages show (zh-CN).</summary>
public sealed partial class InterpretationsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    private const string PolicyTitle = "区发改局关于做好2022年国庆期间重要民生商品保供稳价工作的通知（端到端测试）";

    [Fact]
    public async Task Liaison_records_a_chart_interpretation_from_the_to_do_list_and_the_item_leaves_it()
    {
        await using var context = await browser.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        var problems = PageProblems.Watch(page);
        try
        {
            // Demo data may or may not hold flagged policies of 区发改局: this one is the test's own.
            var policyId = await SeedFlaggedPolicyAsync();

            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("用户名", new() { Exact = true }).FillAsync("fgj");
            await page.GetByLabel("密码", new() { Exact = true }).FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("（fgj）");

            await page.GetByRole(AriaRole.Link, new() { Name = "政策解读", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "待解读政策", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待解读政策", Level = 1 })).ToBeVisibleAsync();
            var row = ToDoRow(page);
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByTestId("waiting")).ToContainTextAsync("已超期");

            await row.GetByRole(AriaRole.Link, new() { Name = "录入解读", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "录入政策解读", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByLabel("解读的政策", new() { Exact = true })).ToHaveValueAsync(policyId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("解读标题", new() { Exact = true }).FillAsync("一图读懂：国庆期间重要民生商品保供稳价");
            await page.GetByLabel("解读形式", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "图表/图解" });
            await page.GetByLabel("解读发布日期", new() { Exact = true }).FillAsync("2022-10-09");
            await page.GetByLabel("链接", new() { Exact = true }).FillAsync("https://www.hsg.gov.cn/fgj/zcjd/2022/10/9/ytdd.html");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DetailsUrl());
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已录入解读“一图读懂：国庆期间重要民生商品保供稳价”。");
            await Expect(page.GetByTestId("form")).ToContainTextAsync("图表/图解");
            await Expect(page.GetByTestId("form")).ToContainTextAsync("多样化");
            await Expect(page.GetByTestId("lag")).ToContainTextAsync("3 个工作日");
            await Expect(page.GetByTestId("on-time")).ToContainTextAsync("及时");

            await page.GotoAsync("/Interpretations/ToDo");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待解读政策", Level = 1 })).ToBeVisibleAsync();
            await Expect(ToDoRow(page)).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, nameof(Liaison_records_a_chart_interpretation_from_the_to_do_list_and_the_item_leaves_it) + "-todo");

            await page.GotoAsync("/Interpretations/Index");
            await Expect(page.GetByTestId("interpretations-table").GetByRole(AriaRole.Link, new() { Name = "一图读懂：国庆期间重要民生商品保供稳价", Exact = true })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, nameof(Liaison_records_a_chart_interpretation_from_the_to_do_list_and_the_item_leaves_it));
            Assert.Empty(problems);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(Liaison_records_a_chart_interpretation_from_the_to_do_list_and_the_item_leaves_it) + "-failure");
            throw;
        }
    }

    private static ILocator ToDoRow(IPage page) =>
        page.GetByTestId("todo-table").GetByRole(AriaRole.Row).Filter(new()
        {
            Has = page.GetByRole(AriaRole.Link, new() { Name = PolicyTitle, Exact = true }),
        });

    private async Task<long> SeedFlaggedPolicyAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var policy = new Publication
        {
            UnitId = await db.Units.Where(u => u.Name == "区发改局").Select(u => u.Id).SingleAsync(),
            Title = PolicyTitle,
            PublishedOn = new DateOnly(2022, 9, 29),
            Category = PublicationCategory.PolicyDocument,
            NeedsInterpretation = true,
            Status = PublicationStatus.Published,
            RecordedBy = "fgj",
            RecordedAtUtc = new DateTime(2022, 9, 29, 2, 0, 0, DateTimeKind.Utc),
        };
        db.Publications.Add(policy);
        await db.SaveChangesAsync();
        return policy.Id;
    }

    [GeneratedRegex(@"/Interpretations/Details/\d+$")]
    private static partial Regex DetailsUrl();
}
