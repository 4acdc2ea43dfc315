using System.Text.RegularExpressions;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>Units as an administrator does them in the browser, with the labels the pages show (zh-CN).</summary>
public sealed partial class UnitsTests(PortalServer server, Browser browser) : IClassFixture<PortalServer>
{
    [Fact]
    public async Task Admin_logs_in_creates_a_unit_and_sees_it_listed()
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

            await page.GotoAsync("/Units/Create");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "新增单位", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("单位名称", new() { Exact = true }).FillAsync("区档案馆");
            await page.GetByLabel("简称", new() { Exact = true }).FillAsync("档案馆");
            await page.GetByLabel("单位类型", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "区直部门" });
            await page.GetByLabel("排序号", new() { Exact = true }).FillAsync("900");
            await Expect(page.GetByLabel("在用（参与统计和考核）", new() { Exact = true })).ToBeCheckedAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DetailsUrl());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "区档案馆", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已新增单位“区档案馆”。");

            await page.GotoAsync("/Units/Index");
            var table = page.GetByTestId("units-table");
            var row = table.GetByRole(AriaRole.Row).Filter(new()
            {
                Has = page.GetByRole(AriaRole.Link, new() { Name = "区档案馆", Exact = true }),
            });
            await Expect(row).ToHaveCountAsync(1);
            await Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["900", "区档案馆", "档案馆", "区直部门", "—", "—", "在用"]);

            await Screenshots.SaveAsync(page, nameof(Admin_logs_in_creates_a_unit_and_sees_it_listed));
            Assert.Empty(problems);
        }
        catch (Exception) when (!page.IsClosed)
        {
            await Screenshots.SaveAsync(page, nameof(Admin_logs_in_creates_a_unit_and_sees_it_listed) + "-failure");
            throw;
        }
    }

    [GeneratedRegex(@"/Units/Details/\d+$")]
    private static partial Regex DetailsUrl();
}
