using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Pages.Interpretations;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Startup;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Tests;

public class InterpretationsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Table = "[data-testid=interpretations-table] tbody tr";
    private const string ToDoRows = "[data-testid=todo-table] tbody tr";

    private DateOnly Today => ChinaTime.Today(portal.Clock);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ChineseDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>A policy put straight into the database, as an import would.</summary>
    private Task<long> PolicyAsync(string unitName, string title, string date, bool flagged = true, PublicationCategory category = PublicationCategory.PolicyDocument, bool withdrawn = false) =>
        portal.WithDbAsync(async db =>
        {
            var publication = new Publication
            {
                UnitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync(),
                Title = title,
                PublishedOn = DateOnly.Parse(date, CultureInfo.InvariantCulture),
                Category = category,
                NeedsInterpretation = flagged,
                Status = withdrawn ? PublicationStatus.Withdrawn : PublicationStatus.Published,
                WithdrawalReason = withdrawn ? "错发" : null,
                RecordedBy = "seed",
                RecordedAtUtc = new DateTime(2022, 10, 8, 1, 0, 0, DateTimeKind.Utc),
            };
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            return publication.Id;
        });

    /// <summary>An interpretation put straight into the database.</summary>
    private Task<long> InterpretationAsync(long policyId, string title, string date, InterpretationForm form = InterpretationForm.Text) =>
        portal.WithDbAsync(async db =>
        {
            var unitId = await db.Publications.Where(p => p.Id == policyId).Select(p => p.UnitId).SingleAsync();
            var interpretation = new Interpretation
            {
                PolicyId = policyId,
                UnitId = unitId,
                Title = title,
                Form = form,
                PublishedOn = DateOnly.Parse(date, CultureInfo.InvariantCulture),
                RecordedBy = "seed",
                RecordedAtUtc = new DateTime(2022, 10, 12, 1, 0, 0, DateTimeKind.Utc),
            };
            db.Interpretations.Add(interpretation);
            await db.SaveChangesAsync();
            return interpretation.Id;
        });

    private static Dictionary<string, string> Fields(long? policyId, string title, string date, string form = "Text", string url = "") => new()
    {
        ["Input.PolicyId"] = policyId is { } id ? Id(id) : "",
        ["Input.Title"] = title,
        ["Input.PublishedOn"] = date,
        ["Input.Form"] = form,
        ["Input.Url"] = url,
    };

    private static string MessageFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim();

    private static long IdFromLocation(HttpResponseMessage response) =>
        long.Parse(response.Headers.Location!.PathAndQuery().Split('/').Last(), CultureInfo.InvariantCulture);

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(Table).Select(tr => tr.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()).ToList();

    private static List<string> PendingTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(ToDoRows).Select(tr => tr.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()).ToList();

    /// <summary>The element's text with every run of white space as one space, as a reader sees it.</summary>
    private static string Text(IHtmlDocument page, string testId) =>
        string.Join(' ', page.QuerySelector($"[data-testid={testId}]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task National_day_a_policy_of_29_september_interpreted_on_9_october_is_3_working_days_and_on_time_on_10_october_4_and_late()
    {
        var early = await PolicyAsync("区发改局", "发改局国庆测试政策甲", "2022-09-29");
        var late = await PolicyAsync("区发改局", "发改局国庆测试政策乙", "2022-09-29");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("fgj");

        var form = await liaison.GetPageAsync($"/Interpretations/Create?policy={early}");
        Assert.Equal(Id(early), ((IHtmlSelectElement)form.QuerySelector("#Input_PolicyId")!).Value);
        Assert.Equal(Iso(Today), form.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));
        var created = await liaison.SubmitAsync(form, "/Interpretations/Create", Fields(early, "一图读懂发改局国庆测试政策甲", "2022-10-09", url: "https://www.hsg.gov.cn/fgj/zcjd/1009.html"));
        created.IsRedirectTo("/Interpretations/Details/");
        var onTimeId = IdFromLocation(created);

        var details = await liaison.GetPageAsync($"/Interpretations/Details/{onTimeId}");
        Assert.Equal("3 个工作日", Text(details, "lag"));
        Assert.Equal("/Calendar/Explain?from=2022-09-29&to=2022-10-09", details.QuerySelector("[data-testid=lag] a")!.GetAttribute("href"));
        Assert.StartsWith("及时", Text(details, "on-time"), StringComparison.Ordinal);
        Assert.Equal("发改局国庆测试政策甲", Text(details, "policy-link"));
        Assert.Equal("fgj", Text(details, "recorded-by"));
        Assert.Contains("区发改局", Text(details, "interpretation"), StringComparison.Ordinal);

        var explain = await liaison.GetPageAsync(details.QuerySelector("[data-testid=lag] a")!.GetAttribute("href")!);
        Assert.Equal("3", Text(explain, "working-days"));
        Assert.Equal(["2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07"], explain.QuerySelectorAll("[data-testid=holidays] li").Select(li => li.GetAttribute("data-date")));
        Assert.Equal(["2022-10-08", "2022-10-09"], explain.QuerySelectorAll("[data-testid=makeup-days] li").Select(li => li.GetAttribute("data-date")));

        var lateId = IdFromLocation(await liaison.SubmitAsync($"/Interpretations/Create?policy={late}", Fields(late, "发改局国庆测试政策乙解读", "2022-10-10")));
        var lateDetails = await liaison.GetPageAsync($"/Interpretations/Details/{lateId}");
        Assert.Equal("4 个工作日", Text(lateDetails, "lag"));
        Assert.StartsWith("超期", Text(lateDetails, "on-time"), StringComparison.Ordinal);

        var list = await liaison.GetPageAsync("/Interpretations/Index?q=国庆测试政策&sort=title&dir=asc");
        Assert.Equal("共 2 条", Text(list, "match-count"));
        var rows = list.QuerySelectorAll(Table).Select(tr => (
            Lag: tr.QuerySelector("[data-testid=lag]")!.TextContent.Trim(),
            OnTime: tr.QuerySelector("[data-testid=on-time]")!.TextContent.Trim(),
            Link: tr.QuerySelector("[data-testid=lag] a")!.GetAttribute("href"))).ToList();
        Assert.Equal([("3", "及时", "/Calendar/Explain?from=2022-09-29&to=2022-10-09"), ("4", "超期", "/Calendar/Explain?from=2022-09-29&to=2022-10-10")], rows);
        Assert.Equal(["一图读懂发改局国庆测试政策甲"], Titles(await liaison.GetPageAsync("/Interpretations/Index?q=国庆测试政策&onTime=yes")));
        Assert.Equal(["发改局国庆测试政策乙解读"], Titles(await liaison.GetPageAsync("/Interpretations/Index?q=国庆测试政策&onTime=no")));

        var stored = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking().SingleAsync(i => i.Id == onTimeId));
        Assert.Equal((await UnitIdAsync("区发改局"), InterpretationForm.Text, new DateOnly(2022, 10, 9), "https://www.hsg.gov.cn/fgj/zcjd/1009.html"), (stored.UnitId, stored.Form, stored.PublishedOn, stored.Url));
    }

    [Fact]
    public async Task An_interpretation_dated_before_its_policy_is_allowed_and_counts_as_released_together()
    {
        var policy = await PolicyAsync("区司法局", "司法局同步发布测试政策", "2022-08-10");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("sfj");

        var created = await liaison.SubmitAsync($"/Interpretations/Create?policy={policy}", Fields(policy, "司法局同步发布测试政策问答", "2022-08-09", form: "QuestionsAndAnswers"));
        created.IsRedirectTo("/Interpretations/Details/");

        var details = await liaison.GetPageAsync(created.Headers.Location!.PathAndQuery());
        Assert.StartsWith("0 个工作日", Text(details, "lag"), StringComparison.Ordinal);
        Assert.Contains("按与政策同步发布计", Text(details, "lag"), StringComparison.Ordinal);
        Assert.Equal("/Calendar/Explain?from=2022-08-10&to=2022-08-10", details.QuerySelector("[data-testid=lag] a")!.GetAttribute("href"));
        Assert.StartsWith("及时", Text(details, "on-time"), StringComparison.Ordinal);
        Assert.Equal("问答 多样化", Text(details, "form"));
    }

    [Fact]
    public async Task Bad_input_gets_chinese_messages_and_the_form_keeps_what_was_typed()
    {
        var policy = await PolicyAsync("区民政局", "民政局校验测试政策", "2022-07-20");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");
        var url = $"/Interpretations/Create?policy={policy}";

        var empty = await liaison.SubmitAsync(url, Fields(policy, "  ", "", url: "javascript:alert(1)"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await PortalClient.ParseAsync(empty);
        Assert.Equal("请填写“解读标题”。", MessageFor(page, "Input.Title"));
        Assert.Equal("请填写“解读发布日期”。", MessageFor(page, "Input.PublishedOn"));
        Assert.Equal("“链接”须是以 http:// 或 https:// 开头的完整网址。", MessageFor(page, "Input.Url"));
        Assert.Equal("javascript:alert(1)", page.QuerySelector("#Input_Url")!.GetAttribute("value"));
        Assert.Equal(Id(policy), ((IHtmlSelectElement)page.QuerySelector("#Input_PolicyId")!).Value);

        var title = new string('解', 301);
        var tooLong = await PortalClient.ParseAsync(await liaison.SubmitAsync(url, Fields(policy, title, "2022-07-21", form: "Video", url: "ftp://www.hsg.gov.cn/a.mp4")));
        Assert.Equal("“解读标题”不能超过 300 个字符。", MessageFor(tooLong, "Input.Title"));
        Assert.Equal(title, tooLong.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.Equal("Video", ((IHtmlSelectElement)tooLong.QuerySelector("#Input_Form")!).Value);
        Assert.Equal("“链接”须是以 http:// 或 https:// 开头的完整网址。", MessageFor(tooLong, "Input.Url"));

        var expected = $"“解读发布日期”须在 2000年1月1日 至今天（{ChineseDate(Today)}）之间。";
        var early = await PortalClient.ParseAsync(await liaison.SubmitAsync(url, Fields(policy, "民政局日期过早的解读", "1999-12-31")));
        Assert.Equal(expected, MessageFor(early, "Input.PublishedOn"));
        Assert.Equal("1999-12-31", early.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));
        var tomorrow = Iso(Today.AddDays(1));
        var future = await PortalClient.ParseAsync(await liaison.SubmitAsync(url, Fields(policy, "民政局日期在明天的解读", tomorrow)));
        Assert.Equal(expected, MessageFor(future, "Input.PublishedOn"));
        Assert.Equal(tomorrow, future.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));

        foreach (var form in new[] { "99", "抖音" })
        {
            var offList = await PortalClient.ParseAsync(await liaison.SubmitAsync(url, Fields(policy, "民政局形式有误的解读", "2022-07-21", form: form)));
            Assert.Equal("请从列表中选择“解读形式”。", MessageFor(offList, "Input.Form"));
            Assert.Equal("民政局形式有误的解读", offList.QuerySelector("#Input_Title")!.GetAttribute("value"));
        }

        var noPolicy = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Interpretations/Create", Fields(null, "民政局未选政策的解读", "2022-07-21")));
        Assert.Equal("请选择要解读的政策。", MessageFor(noPolicy, "Input.PolicyId"));
        Assert.Equal("民政局未选政策的解读", noPolicy.QuerySelector("#Input_Title")!.GetAttribute("value"));

        Assert.False(await portal.WithDbAsync(db => db.Interpretations.AnyAsync(i => i.PolicyId == policy || i.Title == "民政局未选政策的解读")));
    }

    [Fact]
    public async Task Only_published_policy_documents_and_flagged_items_can_be_interpreted()
    {
        var news = await PolicyAsync("区人社局", "人社局工作动态不可解读", "2022-07-05", flagged: false, category: PublicationCategory.WorkNews);
        var withdrawn = await PolicyAsync("区人社局", "人社局已撤回的政策", "2022-07-06", withdrawn: true);
        var flaggedNotice = await PolicyAsync("区人社局", "人社局需解读的通知", "2022-07-07", flagged: true, category: PublicationCategory.Notice);
        var document = await PolicyAsync("区人社局", "人社局未标记的政策文件", "2022-07-08", flagged: false);
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("rsj");

        var form = await liaison.GetPageAsync("/Interpretations/Create");
        var offered = form.QuerySelectorAll("#Input_PolicyId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(Id(flaggedNotice), offered);
        Assert.Contains(Id(document), offered);
        Assert.DoesNotContain(Id(news), offered);
        Assert.DoesNotContain(Id(withdrawn), offered);
        Assert.Contains("（需解读）", form.QuerySelector($"#Input_PolicyId option[value='{flaggedNotice}']")!.TextContent, StringComparison.Ordinal);

        foreach (var policy in new[] { news, withdrawn })
        {
            var page = await PortalClient.ParseAsync(await liaison.SubmitAsync(form, "/Interpretations/Create", Fields(policy, "人社局不应保存的解读", "2022-07-10")));
            Assert.Equal("所选信息不能录入解读：只能为已发布的政策文件或标记为“需解读”的信息录入解读。", MessageFor(page, "Input.PolicyId"));
        }

        (await liaison.SubmitAsync(form, "/Interpretations/Create", Fields(document, "人社局政策文件的图文解读", "2022-07-10", form: "TextWithImages"))).IsRedirectTo("/Interpretations/Details/");
        Assert.False(await portal.WithDbAsync(db => db.Interpretations.AnyAsync(i => i.Title == "人社局不应保存的解读")));
    }

    [Fact]
    public async Task The_to_do_lists_a_flagged_policy_until_an_interpretation_is_recorded()
    {
        var flagged = await PolicyAsync("区民政局", "民政局待办测试 需解读的政策", "2022-08-01");
        await PolicyAsync("区民政局", "民政局待办测试 已撤回的政策", "2022-08-02", withdrawn: true);
        await PolicyAsync("区民政局", "民政局待办测试 未标记的政策", "2022-08-03", flagged: false);
        await PolicyAsync("区司法局", "司法局待办测试 其他单位的政策", "2022-08-04");
        var mzj = await UnitIdAsync("区民政局");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");
        int Pending() => portal.WithDbAsync(db => new InterpretationQueries(db).PendingPolicies(mzj).CountAsync()).GetAwaiter().GetResult();
        var pendingBefore = Pending();

        var todo = await liaison.GetPageAsync("/Interpretations/ToDo");
        var titles = PendingTitles(todo);
        Assert.Contains("民政局待办测试 需解读的政策", titles);
        Assert.DoesNotContain(titles, t => t.Contains("待办测试 已撤回", StringComparison.Ordinal) || t.Contains("未标记", StringComparison.Ordinal) || t.Contains("司法局", StringComparison.Ordinal));
        Assert.Null(todo.QuerySelector("select#unit"));
        var row = todo.QuerySelector($"{ToDoRows}[data-id='{flagged}']")!;
        Assert.Equal(ChineseDate(new DateOnly(2022, 8, 1)), row.QuerySelector("td")!.TextContent.Trim());
        var waited = Core.Calendar.WorkingDayCalendar.Shipped.WorkingDaysBetween(new DateOnly(2022, 8, 1), Today);
        var waiting = row.QuerySelector("[data-testid=waiting] a")!;
        Assert.Equal(waited.ToString(CultureInfo.InvariantCulture), waiting.TextContent.Trim());
        Assert.Equal($"/Calendar/Explain?from=2022-08-01&to={Iso(Today)}", waiting.GetAttribute("href"));
        Assert.Contains("已超期", row.TextContent, StringComparison.Ordinal);
        var record = row.QuerySelector("[data-testid=record]")!.GetAttribute("href")!;
        Assert.Equal($"/Interpretations/Create?policy={flagged}", record);

        (await liaison.SubmitAsync(record, Fields(flagged, "民政局待办测试 政策解读", "2022-08-02"))).IsRedirectTo("/Interpretations/Details/");

        Assert.DoesNotContain("民政局待办测试 需解读的政策", PendingTitles(await liaison.GetPageAsync("/Interpretations/ToDo")));
        Assert.Equal(pendingBefore - 1, Pending());
    }

    [Fact]
    public async Task Admins_and_leaders_see_every_units_to_do_and_filter_it_by_unit_and_only_the_admin_records()
    {
        var ours = await PolicyAsync("区统计局", "统计局全区待办测试政策", "2022-09-01");
        await PolicyAsync("区财政局", "财政局全区待办测试政策", "2022-09-02");
        var tjj = await UnitIdAsync("区统计局");
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var all = PendingTitles(await leader.GetPageAsync("/Interpretations/ToDo"));
        Assert.Contains("统计局全区待办测试政策", all);
        Assert.Contains("财政局全区待办测试政策", all);
        var filtered = await leader.GetPageAsync($"/Interpretations/ToDo?unit={tjj}");
        Assert.All(filtered.QuerySelectorAll(ToDoRows), tr => Assert.Equal("区统计局", tr.QuerySelector("td:nth-child(3)")!.TextContent.Trim()));
        Assert.Contains("统计局全区待办测试政策", PendingTitles(filtered));
        Assert.Null(filtered.QuerySelector("[data-testid=record]"));

        var adminPage = await admin.GetPageAsync($"/Interpretations/ToDo?unit={tjj}");
        Assert.Equal($"/Interpretations/Create?policy={ours}", adminPage.QuerySelector($"{ToDoRows}[data-id='{ours}'] [data-testid=record]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_liaison_cannot_reach_another_units_interpretation_or_policy_in_any_way()
    {
        var foreignPolicy = await PolicyAsync("区司法局", "司法局跨单位测试政策", "2022-09-05");
        var foreign = await InterpretationAsync(foreignPolicy, "司法局跨单位测试解读", "2022-09-06");
        var ownPolicy = await PolicyAsync("花湖街道", "花湖街道跨单位测试政策", "2022-09-05");
        var own = await InterpretationAsync(ownPolicy, "花湖街道跨单位测试解读", "2022-09-06");
        var sfj = await UnitIdAsync("区司法局");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var token = await liaison.AntiforgeryTokenAsync("/Interpretations/Create");

        foreach (var url in new[] { $"/Interpretations/Details/{foreign}", $"/Interpretations/Edit/{foreign}", $"/Interpretations/Create?policy={foreignPolicy}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync(url)).StatusCode);
        }

        Dictionary<string, string> Posted(long policy, string title)
        {
            var fields = Fields(policy, title, "2022-09-07");
            fields["__RequestVerificationToken"] = token;
            return fields;
        }

        Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.PostAsync($"/Interpretations/Edit/{foreign}", new FormUrlEncodedContent(Posted(foreignPolicy, "被其他单位改掉的解读")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.PostAsync("/Interpretations/Create", new FormUrlEncodedContent(Posted(foreignPolicy, "为其他单位政策录入的解读")))).StatusCode);
        // Moving one's own interpretation onto another unit's policy is refused the same way.
        var ownEdit = await liaison.GetPageAsync($"/Interpretations/Edit/{own}");
        var fields = Fields(foreignPolicy, "花湖街道改挂到司法局政策的解读", "2022-09-07");
        Assert.Equal(HttpStatusCode.NotFound, (await liaison.SubmitAsync(ownEdit, $"/Interpretations/Edit/{own}", fields)).StatusCode);

        var picker = await liaison.GetPageAsync($"/Interpretations/Create?unit={sfj}");
        Assert.Null(picker.QuerySelector($"#Input_PolicyId option[value='{foreignPolicy}']"));
        Assert.NotNull(picker.QuerySelector($"#Input_PolicyId option[value='{ownPolicy}']"));
        Assert.Null(picker.QuerySelector("[data-testid=choose-unit]"));

        foreach (var query in new[] { "", $"?unit={sfj}", "?q=跨单位测试" })
        {
            var list = await liaison.GetPageAsync("/Interpretations/Index" + query);
            Assert.DoesNotContain("司法局", list.QuerySelector("[data-testid=interpretations-table]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("司法局跨单位测试政策", PendingTitles(await liaison.GetPageAsync($"/Interpretations/ToDo?unit={sfj}")));
        var stored = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking().Where(i => i.Id == foreign || i.Id == own).OrderBy(i => i.Id).Select(i => new { i.Title, i.PolicyId }).ToListAsync());
        Assert.Equal([("司法局跨单位测试解读", foreignPolicy), ("花湖街道跨单位测试解读", ownPolicy)], stored.Select(s => (s.Title, s.PolicyId)));
        Assert.False(await portal.WithDbAsync(db => db.Interpretations.AnyAsync(i => i.Title == "为其他单位政策录入的解读")));
    }

    [Fact]
    public async Task A_leader_reads_interpretations_but_changes_nothing()
    {
        var policy = await PolicyAsync("黄石港街道", "黄石港街道领导查看测试政策", "2022-09-08");
        var id = await InterpretationAsync(policy, "黄石港街道领导查看测试解读", "2022-09-09", InterpretationForm.Video);
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var list = await leader.GetPageAsync("/Interpretations/Index?q=领导查看测试");
        Assert.Equal(["黄石港街道领导查看测试解读"], Titles(list));
        Assert.Null(list.QuerySelector("[data-testid=create]"));
        var details = await leader.GetPageAsync($"/Interpretations/Details/{id}");
        Assert.Null(details.QuerySelector("a[href*='/Interpretations/Edit']"));
        Assert.Null(details.QuerySelector("a[href*='/Interpretations/Delete']"));
        Assert.Null((await leader.GetPageAsync($"/Publications/Details/{policy}")).QuerySelector("[data-testid=interpret]"));
        (await leader.Http.GetAsync("/Interpretations/Create")).IsRedirectTo("/Account/AccessDenied");
        (await leader.Http.GetAsync($"/Interpretations/Create?policy={policy}")).IsRedirectTo("/Account/AccessDenied");
        (await leader.Http.GetAsync($"/Interpretations/Edit/{id}")).IsRedirectTo("/Account/AccessDenied");
        (await leader.Http.GetAsync($"/Interpretations/Delete/{id}")).IsRedirectTo("/Account/AccessDenied");

        var token = await leader.AntiforgeryTokenAsync("/Account/ChangePassword");
        foreach (var url in new[] { "/Interpretations/Create", $"/Interpretations/Edit/{id}", $"/Interpretations/Delete/{id}" })
        {
            var fields = Fields(policy, "领导录入的解读", "2022-09-10");
            fields["__RequestVerificationToken"] = token;
            (await leader.Http.PostAsync(url, new FormUrlEncodedContent(fields))).IsRedirectTo("/Account/AccessDenied");
        }

        var stored = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking().Where(i => i.PolicyId == policy).Select(i => i.Title).ToListAsync());
        Assert.Equal(["黄石港街道领导查看测试解读"], stored);
    }

    [Fact]
    public async Task An_admin_deletes_an_interpretation_recorded_in_error_and_a_liaison_cannot()
    {
        var policy = await PolicyAsync("胜阳港街道", "胜阳港街道误录测试政策", "2022-09-12");
        var id = await InterpretationAsync(policy, "胜阳港街道误录的解读", "2022-09-13");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("shengyanggang");
        Assert.Null((await liaison.GetPageAsync($"/Interpretations/Details/{id}")).QuerySelector("a[href*='/Interpretations/Delete']"));
        (await liaison.Http.GetAsync($"/Interpretations/Delete/{id}")).IsRedirectTo("/Account/AccessDenied");

        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var details = await admin.GetPageAsync($"/Interpretations/Details/{id}");
        Assert.Equal($"/Interpretations/Delete/{id}", details.QuerySelector("a[href*='/Interpretations/Delete']")!.GetAttribute("href"));
        (await admin.SubmitAsync($"/Interpretations/Delete/{id}", new Dictionary<string, string>())).IsRedirectTo("/Interpretations");

        Assert.False(await portal.WithDbAsync(db => db.Interpretations.AnyAsync(i => i.Id == id)));
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.Delete && a.EntityType.Contains("Interpretation") && a.EntityId == Id(id)).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("admin", entry.UserName);
        Assert.Contains("胜阳港街道误录的解读", entry.Changes, StringComparison.Ordinal);
        Assert.Contains("胜阳港街道误录测试政策", PendingTitles(await admin.GetPageAsync("/Interpretations/ToDo")));
    }

    [Fact]
    public async Task A_second_editor_gets_a_conflict_instead_of_overwriting()
    {
        var policy = await PolicyAsync("江北管理区", "江北管理区并发测试政策", "2022-09-14");
        var id = await InterpretationAsync(policy, "江北管理区并发测试解读", "2022-09-15");
        using var first = portal.CreatePortalClient();
        await first.LogInOkAsync("jiangbei");
        using var second = portal.CreatePortalClient();
        await second.LogInOkAsync("admin");
        var firstPage = await first.GetPageAsync($"/Interpretations/Edit/{id}");
        var secondPage = await second.GetPageAsync($"/Interpretations/Edit/{id}");
        Assert.Equal(Id(policy), ((IHtmlSelectElement)firstPage.QuerySelector("#Input_PolicyId")!).Value);

        (await first.SubmitAsync(firstPage, $"/Interpretations/Edit/{id}", new Dictionary<string, string> { ["Input.Title"] = "江北管理区并发测试解读（联络员改）", ["Input.Form"] = "Chart" }))
            .IsRedirectTo($"/Interpretations/Details/{id}");
        var conflict = await second.SubmitAsync(secondPage, $"/Interpretations/Edit/{id}", new Dictionary<string, string> { ["Input.Title"] = "江北管理区并发测试解读（管理员改）" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("该记录已被其他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal(("江北管理区并发测试解读（联络员改）", InterpretationForm.Chart), (stored.Title, stored.Form));
    }

    [Fact]
    public async Task The_list_filters_by_unit_quarter_form_diversification_and_words_sorts_and_pages()
    {
        var policy = await PolicyAsync("区审计局", "审计局筛选测试政策", "2022-06-20");
        await InterpretationAsync(policy, "审计局筛选 文字七月", "2022-07-01");
        await InterpretationAsync(policy, "审计局筛选 视频九月", "2022-09-30", InterpretationForm.Video);
        await InterpretationAsync(policy, "审计局筛选 图解十月", "2022-10-01", InterpretationForm.Chart);
        var other = await PolicyAsync("区教育局", "教育局筛选测试政策", "2022-07-01");
        await InterpretationAsync(other, "教育局筛选 文字", "2022-07-02");
        var sjj = await UnitIdAsync("区审计局");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        async Task<List<string>> ListAsync(string query)
        {
            var page = await admin.GetPageAsync("/Interpretations/Index?sort=title&dir=asc&q=筛选" + query);
            var titles = Titles(page);
            Assert.Equal($"共 {titles.Count} 条", Text(page, "match-count"));
            return titles;
        }

        Assert.Equal(4, (await ListAsync("")).Count);
        Assert.Equal(["审计局筛选 图解十月", "审计局筛选 文字七月", "审计局筛选 视频九月"], await ListAsync($"&unit={sjj}"));
        Assert.Equal(["审计局筛选 文字七月", "审计局筛选 视频九月", "教育局筛选 文字"], await ListAsync("&quarter=2022Q3"));
        Assert.Equal(["审计局筛选 图解十月"], await ListAsync("&form=Chart"));
        Assert.Equal(["审计局筛选 图解十月", "审计局筛选 视频九月"], await ListAsync("&diversified=yes"));
        Assert.Equal(["审计局筛选 文字七月", "教育局筛选 文字"], await ListAsync("&diversified=no"));
        Assert.Equal(["审计局筛选 图解十月", "审计局筛选 文字七月", "审计局筛选 视频九月"], await ListAsync("+审计局筛选测试政策"));
        Assert.Contains("2022Q5", Text(await admin.GetPageAsync("/Interpretations/Index?q=筛选&quarter=2022Q5"), "filter-problem"), StringComparison.Ordinal);

        var byDate = Titles(await admin.GetPageAsync("/Interpretations/Index?q=审计局筛选&sort=date&dir=asc"));
        Assert.Equal(["审计局筛选 文字七月", "审计局筛选 视频九月", "审计局筛选 图解十月"], byDate);

        var paged = await PolicyAsync("区审计局", "审计局分页测试政策", "2022-07-01");
        for (var i = 1; i <= 52; i++)
        {
            await InterpretationAsync(paged, string.Create(CultureInfo.InvariantCulture, $"审计局分页 {i:00}"), Iso(new DateOnly(2022, 7, 1).AddDays(i)));
        }

        var first = await admin.GetPageAsync("/Interpretations/Index?q=审计局分页");
        Assert.Equal("共 52 条", Text(first, "match-count"));
        Assert.Equal(50, Titles(first).Count);
        Assert.Equal("审计局分页 52", Titles(first)[0]);
        Assert.Equal(["审计局分页 02", "审计局分页 01"], Titles(await admin.GetPageAsync("/Interpretations/Index?q=审计局分页&p=2")));
    }

    [Fact]
    public async Task An_admin_chooses_the_unit_first_and_the_interpretation_belongs_to_the_policys_unit()
    {
        var policy = await PolicyAsync("区卫生健康局", "卫健局管理员代录测试政策", "2022-08-15");
        var unit = await UnitIdAsync("区卫生健康局");
        var other = await UnitIdAsync("区财政局");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var blank = await admin.GetPageAsync("/Interpretations/Create");
        Assert.NotNull(blank.QuerySelector("[data-testid=choose-unit] select#unit"));
        Assert.Equal(1, blank.QuerySelectorAll("#Input_PolicyId option").Length);

        var form = await admin.GetPageAsync($"/Interpretations/Create?unit={unit}");
        Assert.NotNull(form.QuerySelector($"#Input_PolicyId option[value='{policy}']"));
        var fields = Fields(policy, "卫健局管理员代录测试解读", "2022-08-16", form: "PressConference");
        fields["Unit"] = Id(other);
        (await admin.SubmitAsync(form, "/Interpretations/Create", fields)).IsRedirectTo("/Interpretations/Details/");

        var stored = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking().SingleAsync(i => i.Title == "卫健局管理员代录测试解读"));
        Assert.Equal((unit, "admin", InterpretationForm.PressConference), (stored.UnitId, stored.RecordedBy, stored.Form));
    }

    [Fact]
    public async Task The_publication_page_offers_to_interpret_a_policy_and_lists_its_interpretations()
    {
        var flagged = await PolicyAsync("区教育局", "教育局详情页测试需解读的通知", "2022-08-20", category: PublicationCategory.Notice);
        var news = await PolicyAsync("区教育局", "教育局详情页测试工作动态", "2022-08-21", flagged: false, category: PublicationCategory.WorkNews);
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("jyj");

        var details = await liaison.GetPageAsync($"/Publications/Details/{flagged}");
        Assert.Equal($"/Interpretations/Create?policy={flagged}", details.QuerySelector("[data-testid=interpret]")!.GetAttribute("href"));
        Assert.Equal("为此政策录入解读", Text(details, "interpret"));
        Assert.NotNull(details.QuerySelector("[data-testid=no-interpretations]"));
        Assert.Null((await liaison.GetPageAsync($"/Publications/Details/{news}")).QuerySelector("[data-testid=interpret]"));

        await InterpretationAsync(flagged, "教育局详情页测试 H5 解读", "2022-08-22", InterpretationForm.H5);
        var after = await liaison.GetPageAsync($"/Publications/Details/{flagged}");
        Assert.Contains("教育局详情页测试 H5 解读", Text(after, "interpretations"), StringComparison.Ordinal);
        Assert.Contains("H5 · 2022年8月22日", Text(after, "interpretations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_moving_a_policy_to_another_unit_moves_its_interpretations()
    {
        var policy = await PolicyAsync("区商务局", "商务局误记单位的政策", "2022-09-16");
        var id = await InterpretationAsync(policy, "商务局误记单位的政策解读", "2022-09-16");
        var target = await UnitIdAsync("区科技和经济信息化局");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        (await admin.SubmitAsync($"/Publications/Edit/{policy}", new Dictionary<string, string> { ["Input.UnitId"] = Id(target) })).IsRedirectTo($"/Publications/Details/{policy}");

        Assert.Equal(target, await portal.WithDbAsync(db => db.Interpretations.Where(i => i.Id == id).Select(i => i.UnitId).SingleAsync()));
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("kjj");
        Assert.Equal(HttpStatusCode.OK, (await liaison.Http.GetAsync($"/Interpretations/Details/{id}")).StatusCode);
    }

    [Fact]
    public void Form_names_on_pages_are_the_ones_core_names()
    {
        var localizer = portal.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.All(InterpretationForms.Names.All, f => Assert.Equal(f.ChineseName(), InterpretationNames.Display(localizer, f)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void The_on_time_limit_defaults_to_3_working_days_and_comes_from_the_Interpretation_section_validated()
    {
        static ServiceProvider Services(Dictionary<string, string?> settings) =>
            new ServiceCollection().AddInterpretations(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

        using var defaults = Services([]);
        Assert.Equal(3, defaults.GetRequiredService<IOptions<InterpretationOptions>>().Value.OnTimeWorkingDays);
        using var five = Services(new() { ["Interpretation:OnTimeWorkingDays"] = "5" });
        Assert.Equal(5, five.GetRequiredService<IOptions<InterpretationOptions>>().Value.OnTimeWorkingDays);
        using var bad = Services(new() { ["Interpretation:OnTimeWorkingDays"] = "-1" });
        Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<InterpretationOptions>>().Value);
    }
}

/// <summary>The demo seeder on its own database: it finds what it needs by query.</summary>
public class DemoInterpretationsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Suppliers = ["区发改局", "区司法局", "区民政局"];

    [Fact]
    public async Task Only_the_three_units_of_the_bulletin_get_plain_text_interpretations_and_some_flagged_policies_keep_none()
    {
        await portal.WithDbAsync(async db =>
        {
            // Whatever demo data the start loaded, the seeder runs here on a known set of publications only.
            await db.Interpretations.ExecuteDeleteAsync();
            await db.Publications.ExecuteDeleteAsync();
            var units = await db.Units.ToDictionaryAsync(u => u.Name, u => u.Id);
            Publication Item(string unit, string title, string date, bool flagged, PublicationCategory category = PublicationCategory.PolicyDocument) => new()
            {
                UnitId = units[unit],
                Title = title,
                PublishedOn = DateOnly.Parse(date, CultureInfo.InvariantCulture),
                Category = category,
                NeedsInterpretation = flagged,
                Status = PublicationStatus.Published,
                RecordedBy = "seed",
            };
            db.Publications.AddRange(
                Item("区发改局", "演示 发改局政策一", "2022-07-05", flagged: true),
                Item("区发改局", "演示 发改局政策二", "2022-08-05", flagged: true),
                Item("区发改局", "演示 发改局政策三", "2022-09-28", flagged: true),
                Item("区司法局", "演示 司法局政策一（未标记）", "2022-07-12", flagged: false),
                Item("区司法局", "演示 司法局政策二（未标记）", "2022-08-12", flagged: false),
                Item("区司法局", "演示 司法局工作动态", "2022-08-13", flagged: false, PublicationCategory.WorkNews),
                Item("区民政局", "演示 民政局政策一", "2022-07-20", flagged: true),
                Item("区民政局", "演示 民政局四季度政策", "2022-10-20", flagged: true),
                Item("区财政局", "演示 财政局政策", "2022-07-25", flagged: true),
                Item("区统计局", "演示 统计局政策", "2022-08-25", flagged: true));
            await db.SaveChangesAsync();
            return 0;
        });

        await SeedAsync();

        var rows = await portal.WithDbAsync(db => db.Interpretations.AsNoTracking()
            .Select(i => new { Unit = db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).First(), i.Form, i.PublishedOn, PolicyOn = i.Policy!.PublishedOn, PolicyUnit = i.Policy.UnitId, i.UnitId, i.Policy.NeedsInterpretation })
            .ToListAsync());
        Assert.Equal(Suppliers.Order(), rows.Select(r => r.Unit).Distinct().Order());
        Assert.All(rows, r =>
        {
            Assert.Equal(InterpretationForm.Text, r.Form);
            Assert.True(r.PublishedOn >= r.PolicyOn && r.PublishedOn <= new DateOnly(2022, 9, 30));
            Assert.Equal(r.PolicyUnit, r.UnitId);
            Assert.True(r.NeedsInterpretation);
        });
        // 区司法局 had no flag: a few of its Q3 policy documents were flagged first, never its news.
        var flaggedAtSfj = await portal.WithDbAsync(db => db.Publications.Where(p => p.Unit!.Name == "区司法局" && p.NeedsInterpretation).Select(p => p.Title).OrderBy(t => t).ToListAsync());
        Assert.Equal(["演示 司法局政策一（未标记）", "演示 司法局政策二（未标记）"], flaggedAtSfj);

        var pending = await portal.WithDbAsync(db => new InterpretationQueries(db).PendingPolicies().Select(p => p.Title).ToListAsync());
        Assert.Contains("演示 发改局政策二", pending);
        Assert.Contains("演示 司法局政策二（未标记）", pending);
        Assert.Contains("演示 财政局政策", pending);
        Assert.Contains("演示 统计局政策", pending);
        Assert.Contains("演示 民政局四季度政策", pending);

        var count = rows.Count;
        await SeedAsync();
        Assert.Equal(count, await portal.WithDbAsync(db => db.Interpretations.CountAsync()));
    }

    private async Task SeedAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        await DemoInterpretations.SeedAsync(scope.ServiceProvider, NullLogger.Instance, CancellationToken.None);
    }
}
