using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class CalendarTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Text(IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No [data-testid={testId}] on the page.");

    private static List<string> Dates(IHtmlDocument page, string testId) =>
        page.QuerySelectorAll($"[data-testid={testId}] li").Select(li => li.GetAttribute("data-date")!).ToList();

    private static List<string> Errors(IHtmlDocument page, string testId) =>
        page.QuerySelectorAll($"[data-testid={testId}]").Select(e => e.TextContent.Trim()).ToList();

    private static Dictionary<string, string> Notice(string holidays, string makeUp = "", string source = "国务院办公厅关于2027年部分节假日安排的通知") => new()
    {
        ["Input.Holidays"] = holidays,
        ["Input.MakeUpWorkdays"] = makeUp,
        ["Input.Source"] = source,
    };

    [Fact]
    public async Task The_explain_page_counts_national_day_2022_with_its_holidays_and_make_up_days()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("fgj");

        var page = await liaison.GetPageAsync("/Calendar/Explain?from=2022-09-29&to=2022-10-09");

        Assert.Equal("3", Text(page, "working-days"));
        Assert.Equal("10", Text(page, "calendar-days"));
        Assert.Equal("2", Text(page, "weekend-days"));
        Assert.Equal(["2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07"], Dates(page, "holidays"));
        Assert.Equal(["2022-10-08", "2022-10-09"], Dates(page, "makeup-days"));
        Assert.Contains("2022年10月3日（星期一）", Text(page, "holidays"), StringComparison.Ordinal);
        Assert.Contains("2022年10月8日（星期六）", Text(page, "makeup-days"), StringComparison.Ordinal);
        Assert.Equal("10 个日历日 − 2 个周末休息日 − 5 个节假日（工作日放假） = 3 个工作日，其中 2 个是调休上班的周末。", Text(page, "formula"));
        Assert.Null(page.QuerySelector("[data-testid=unknown-years]"));
    }

    [Fact]
    public async Task The_explain_page_reads_either_order_and_names_bad_dates()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var reversed = await leader.GetPageAsync("/Calendar/Explain?from=2022-10-09&to=2022-09-29");
        Assert.Equal("3", Text(reversed, "working-days"));

        var bad = await leader.GetPageAsync("/Calendar/Explain?from=2022-13-01&to=2022-10-09");
        Assert.Equal("“2022-13-01”不是有效日期，请写成 2022-10-09 的形式。", Text(bad, "problem"));
        Assert.Null(bad.QuerySelector("[data-testid=explanation]"));

        var tooLong = await leader.GetPageAsync("/Calendar/Explain?from=2000-01-01&to=2022-10-09");
        Assert.Equal("起止日期相隔不能超过 10 年。", Text(tooLong, "problem"));

        var empty = await leader.GetPageAsync("/Calendar/Explain");
        Assert.Null(empty.QuerySelector("[data-testid=problem]"));
    }

    [Fact]
    public async Task The_admin_page_lists_the_shipped_years_with_their_counts()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var page = await admin.GetPageAsync("/Admin/Calendar/Index");

        var cells = page.QuerySelectorAll("[data-testid=years-table] tr[data-year='2022'] td").Select(td => td.TextContent.Trim()).ToList();
        // 2022 by hand: 32 days off (18 of them weekdays), 7 weekend days worked; 365 − 105 weekend days − 18 + 7 = 249.
        Assert.Equal(["2022", "系统自带（国务院办公厅通知）", "32", "7", "249"], cells.Take(5));
        Assert.NotNull(page.QuerySelector("[data-testid=years-table] tr[data-year='2026']"));
        Assert.Null(page.QuerySelector("[data-testid=years-table] tr[data-year='2021']"));
    }

    [Fact]
    public async Task An_admin_adds_2027_and_the_explain_page_uses_it_at_once()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");
        const string explain = "/Calendar/Explain?from=2027-09-30&to=2027-10-11";

        var before = await liaison.GetPageAsync(explain);
        Assert.Equal("7", Text(before, "working-days"));
        Assert.Contains("2027 年的节假日安排尚未录入", Text(before, "unknown-years"), StringComparison.Ordinal);

        (await admin.Http.GetAsync("/Admin/Calendar/Index?handler=Add&year=2027")).IsRedirectTo("/Admin/Calendar/Edit/2027");
        var add = await admin.GetPageAsync("/Admin/Calendar/Edit/2027");
        Assert.Contains("系统中还没有这一年的安排", Text(add, "year-status"), StringComparison.Ordinal);
        var saved = await admin.SubmitAsync(add, "/Admin/Calendar/Edit/2027", Notice(
            "2027-01-01\n2027-10-01，2027-10-02、2027-10-03\r\n2027-10-04 2027-10-05;2027-10-06,2027-10-07",
            "2027-09-26\n2027-10-09"));
        saved.IsRedirectTo("/Admin/Calendar");

        var list = await admin.GetPageAsync("/Admin/Calendar/Index");
        Assert.Equal("已保存 2027 年节假日安排：放假 8 天，调休上班 2 天。", list.QuerySelector("[role=status]")!.TextContent.Trim());
        var cells = list.QuerySelectorAll("[data-testid=years-table] tr[data-year='2027'] td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2027", "办公室录入：国务院办公厅关于2027年部分节假日安排的通知", "8", "2"], cells.Take(4));

        var after = await liaison.GetPageAsync(explain);
        Assert.Equal("3", Text(after, "working-days"));
        Assert.Null(after.QuerySelector("[data-testid=unknown-years]"));
        Assert.Equal(["2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"], Dates(after, "holidays"));
        Assert.Equal(["2027-10-09"], Dates(after, "makeup-days"));

        var stored = await portal.WithDbAsync(db => db.HolidayNotices.AsNoTracking().SingleAsync(n => n.Year == 2027));
        Assert.Equal("2027-09-26,2027-10-09", stored.MakeUpWorkdays);
        var audited = await portal.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType.Contains("HolidayNotice") && a.UserName == "admin"));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_correction_of_a_shipped_year_counts_at_once_and_deleting_it_restores_the_shipped_year()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        const string explain = "/Calendar/Explain?from=2023-09-28&to=2023-10-09";
        var shipped = Text(await admin.GetPageAsync(explain), "working-days");

        var edit = await admin.GetPageAsync("/Admin/Calendar/Edit/2023");
        Assert.Contains("2023-10-06", edit.QuerySelector("#Input_Holidays")!.TextContent, StringComparison.Ordinal);
        // The office removes National Day's two make-up days, 10-07 and 10-08 (a hypothetical correction).
        var fields = Notice(edit.QuerySelector("#Input_Holidays")!.TextContent, "", "更正测试");
        fields["Input.MakeUpWorkdays"] = string.Join("\n", edit.QuerySelector("#Input_MakeUpWorkdays")!.TextContent
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(d => !d.StartsWith("2023-10", StringComparison.Ordinal)));
        (await admin.SubmitAsync(edit, "/Admin/Calendar/Edit/2023", fields)).IsRedirectTo("/Admin/Calendar");

        var corrected = Text(await admin.GetPageAsync(explain), "working-days");
        Assert.Equal(int.Parse(shipped, System.Globalization.CultureInfo.InvariantCulture) - 2, int.Parse(corrected, System.Globalization.CultureInfo.InvariantCulture));
        var list = await admin.GetPageAsync("/Admin/Calendar/Index");
        Assert.Contains("已更正系统自带的安排", list.QuerySelector("[data-testid=years-table] tr[data-year='2023']")!.TextContent, StringComparison.Ordinal);

        (await admin.SubmitAsync("/Admin/Calendar/Edit/2023", new Dictionary<string, string>(), "[data-testid=remove-notice]")).IsRedirectTo("/Admin/Calendar");
        Assert.Equal(shipped, Text(await admin.GetPageAsync(explain), "working-days"));
        Assert.False(await portal.WithDbAsync(db => db.HolidayNotices.AnyAsync(n => n.Year == 2023)));
    }

    [Fact]
    public async Task Bad_dates_get_chinese_messages_and_the_form_keeps_what_was_typed()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        const string holidays = "2028-01-01, 2028-13-01, 二〇二八年五月一日\n2027-12-31, 2028-10-02";
        const string makeUp = "2028-10-02, 2028-10-11, 2029-01-06";

        var response = await admin.SubmitAsync("/Admin/Calendar/Edit/2028", Notice(holidays, makeUp, "国办发明电〔2027〕1号"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            ["以下内容不是 yyyy-MM-dd 形式的日期：2028-13-01、二〇二八年五月一日", "以下日期不在 2028 年：2027-12-31"],
            Errors(page, "holidays-error"));
        Assert.Equal(
            ["以下日期不在 2028 年：2029-01-06", "以下日期不能既放假又调休上班：2028-10-02", "调休上班日应为周六或周日，以下日期本来就是工作日：2028-10-02、2028-10-11"],
            Errors(page, "makeup-error"));
        Assert.Equal(holidays, page.QuerySelector("#Input_Holidays")!.TextContent.Trim());
        Assert.Equal(makeUp, page.QuerySelector("#Input_MakeUpWorkdays")!.TextContent.Trim());
        Assert.Equal("国办发明电〔2027〕1号", page.QuerySelector("#Input_Source")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.HolidayNotices.AnyAsync(n => n.Year == 2028)));

        var empty = await PortalClient.ParseAsync(await admin.SubmitAsync("/Admin/Calendar/Edit/2028", Notice(" ", "", "")));
        Assert.Equal(["请填写“放假日期”。"], Errors(empty, "holidays-error"));
        Assert.Equal("请填写“通知名称或文号”。", empty.QuerySelector("[data-valmsg-for='Input.Source']")!.TextContent.Trim());

        var year = await admin.GetPageAsync("/Admin/Calendar/Index?handler=Add&year=1999");
        Assert.Equal("年份须在 2000 到 2100 之间。", Text(year, "year-problem"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync("/Admin/Calendar/Edit/1999")).StatusCode);
    }

    [Fact]
    public async Task A_second_admin_saving_the_same_year_gets_a_conflict()
    {
        using var first = portal.CreatePortalClient();
        await first.LogInOkAsync("admin");
        using var second = portal.CreatePortalClient();
        await second.LogInOkAsync("admin");
        var firstPage = await first.GetPageAsync("/Admin/Calendar/Edit/2031");
        var secondPage = await second.GetPageAsync("/Admin/Calendar/Edit/2031");

        (await first.SubmitAsync(firstPage, "/Admin/Calendar/Edit/2031", Notice("2031-01-01", source: "第一位管理员"))).IsRedirectTo("/Admin/Calendar");
        var conflict = await second.SubmitAsync(secondPage, "/Admin/Calendar/Edit/2031", Notice("2031-01-01\n2031-01-02", source: "第二位管理员"));

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("该记录已被其他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("第一位管理员", await portal.WithDbAsync(db => db.HolidayNotices.Where(n => n.Year == 2031).Select(n => n.Source).SingleAsync()));
    }
}
