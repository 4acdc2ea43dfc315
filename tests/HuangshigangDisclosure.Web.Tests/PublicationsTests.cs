using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Web.Pages.Publications;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Tests;

public class PublicationsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string PublicationsTable = "[data-testid=publications-table] tbody tr";

    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private DateOnly Today => ChinaTime.Today(portal.Clock);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(string title, string date = "2022-07-05", string? url = null, string channel = "DisclosurePlatform", string category = "WorkNews") => new()
    {
        ["Input.Title"] = title,
        ["Input.PublishedOn"] = date,
        ["Input.Channel"] = channel,
        ["Input.Category"] = category,
        ["Input.Url"] = url ?? "",
    };

    /// <summary>Puts publications straight into the database, as an import would.</summary>
    private Task<List<long>> SeedAsync(string unitName, params Publication[] publications) => portal.WithDbAsync(async db =>
    {
        var unitId = await db.Units.Where(u => u.Name == unitName).Select(u => u.Id).SingleAsync();
        foreach (var publication in publications)
        {
            publication.UnitId = unitId;
            publication.RecordedBy = "seed";
            publication.RecordedAtUtc = new DateTime(2022, 10, 8, 1, 0, 0, DateTimeKind.Utc);
        }

        db.Publications.AddRange(publications);
        await db.SaveChangesAsync();
        return publications.Select(p => p.Id).ToList();
    });

    private static Publication Item(string title, string date, PublicationChannel channel = PublicationChannel.DisclosurePlatform, PublicationCategory category = PublicationCategory.WorkNews, bool withdrawn = false, string? url = null, int? entryId = null) => new()
    {
        Title = title,
        PublishedOn = DateOnly.Parse(date, CultureInfo.InvariantCulture),
        Channel = channel,
        Category = category,
        Url = url,
        DirectoryEntryId = entryId,
        Status = withdrawn ? PublicationStatus.Withdrawn : PublicationStatus.Published,
        WithdrawalReason = withdrawn ? "错发" : null,
        WithdrawnAtUtc = withdrawn ? new DateTime(2022, 10, 9, 2, 0, 0, DateTimeKind.Utc) : null,
    };

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll(PublicationsTable).Select(tr => tr.QuerySelector("td:nth-child(2) a")!.TextContent.Trim()).ToList();

    private static string MessageFor(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim();

    private static long IdFromLocation(HttpResponseMessage response) =>
        long.Parse(response.Headers.Location!.PathAndQuery().Split('/').Last(), CultureInfo.InvariantCulture);

    private async Task<int> EntryAsync(string code, params string[] responsibleUnits) => await portal.WithDbAsync(async db =>
    {
        var domain = await db.DisclosureDomains.FirstOrDefaultAsync(d => d.Code == "90")
            ?? db.DisclosureDomains.Add(new DisclosureDomain { Code = "90", Name = "测试领域", SortOrder = 90 }).Entity;
        var entry = new DirectoryEntry { Code = code, Domain = domain, Level1 = "社会救助", Level2 = "最低生活保障 " + code, Cycle = DisclosureCycle.Quarterly };
        foreach (var name in responsibleUnits)
        {
            entry.ResponsibleUnits.Add(new DirectoryEntryUnit { UnitId = await db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync() });
        }

        db.DirectoryEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    });

    [Fact]
    public async Task A_liaison_records_a_publication_and_finds_it_in_the_list_with_the_count()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var form = await liaison.GetPageAsync("/Publications/Create");
        Assert.Equal("花湖街道", form.QuerySelector("[data-testid=own-unit]")!.TextContent.Trim());
        Assert.Null(form.QuerySelector("[name='Input.UnitId']"));
        Assert.Equal(Iso(Today), form.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));

        var fields = Fields("花湖街道关于开展夏季防汛演练的通知", url: "https://www.hsg.gov.cn/hhjd/art/2022/7/5/fxyl.html", category: "Notice");
        fields["Input.NeedsInterpretation"] = "true";
        var created = await liaison.SubmitAsync(form, "/Publications/Create", fields);
        created.IsRedirectTo("/Publications/Details/");
        var id = IdFromLocation(created);

        var details = await liaison.GetPageAsync($"/Publications/Details/{id}");
        var shown = details.QuerySelector("[data-testid=publication]")!.TextContent;
        Assert.Contains("花湖街道", shown, StringComparison.Ordinal);
        Assert.Contains("2022年7月5日", shown, StringComparison.Ordinal);
        Assert.Contains("信息公开平台", shown, StringComparison.Ordinal);
        Assert.Contains("通知公告", shown, StringComparison.Ordinal);
        Assert.Contains("https://www.hsg.gov.cn/hhjd/art/2022/7/5/fxyl.html", shown, StringComparison.Ordinal);
        Assert.Contains(ChineseDate(Today), shown, StringComparison.Ordinal);
        Assert.Equal("huahu", details.QuerySelector("[data-testid=recorded-by]")!.TextContent.Trim());
        Assert.Equal("已发布", details.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.NotNull(details.QuerySelector($"a[href='/Publications/Edit/{id}']"));
        Assert.NotNull(details.QuerySelector($"a[href='/Publications/Withdraw/{id}']"));

        var list = await liaison.GetPageAsync("/Publications/Index?q=防汛演练");
        Assert.Equal("共 1 条", list.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());
        var row = Assert.Single(list.QuerySelectorAll(PublicationsTable));
        Assert.Equal($"/Publications/Details/{id}", row.QuerySelector("td:nth-child(2) a")!.GetAttribute("href"));
        Assert.Contains("需解读", row.TextContent, StringComparison.Ordinal);

        var stored = await portal.WithDbAsync(db => db.Publications.Include(p => p.Unit).SingleAsync(p => p.Id == id));
        Assert.Equal("花湖街道", stored.Unit!.Name);
        Assert.True(stored.NeedsInterpretation);
        Assert.Equal(PublicationCategory.Notice, stored.Category);
    }

    private static string ChineseDate(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    [Fact]
    public async Task A_liaison_records_for_their_own_unit_whatever_unit_is_posted()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var other = await UnitIdAsync("沈家营街道");

        var fields = Fields("花湖街道伪造单位编号的测试信息");
        fields["Input.UnitId"] = other.ToString(CultureInfo.InvariantCulture);
        (await liaison.SubmitAsync("/Publications/Create", fields)).IsRedirectTo("/Publications/Details/");

        var unit = await portal.WithDbAsync(db => db.Publications.Where(p => p.Title == "花湖街道伪造单位编号的测试信息").Select(p => p.Unit!.Name).SingleAsync());
        Assert.Equal("花湖街道", unit);
    }

    [Fact]
    public async Task An_empty_title_gets_a_chinese_message_and_the_form_keeps_what_was_typed()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var response = await liaison.SubmitAsync("/Publications/Create", Fields("  ", date: "2022-08-09", url: "https://www.hsg.gov.cn/a.html", channel: "WeChat"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("请填写“标题”。", MessageFor(page, "Input.Title"));
        Assert.Equal("2022-08-09", page.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));
        Assert.Equal("https://www.hsg.gov.cn/a.html", page.QuerySelector("#Input_Url")!.GetAttribute("value"));
        Assert.Equal("WeChat", ((IHtmlSelectElement)page.QuerySelector("#Input_Channel")!).Value);
    }

    [Fact]
    public async Task A_title_over_300_characters_is_refused_and_kept()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var title = new string('长', 301);

        var page = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields(title)));

        Assert.Equal("“标题”不能超过 300 个字符。", MessageFor(page, "Input.Title"));
        Assert.Equal(title, page.QuerySelector("#Input_Title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_date_before_2000_or_after_today_in_china_is_refused()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var expected = $"“发布日期”须在 2000年1月1日 至今天（{ChineseDate(Today)}）之间。";

        var early = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道日期过早的信息", date: "1999-12-31")));
        Assert.Equal(expected, MessageFor(early, "Input.PublishedOn"));
        Assert.Equal("1999-12-31", early.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));
        Assert.Equal("花湖街道日期过早的信息", early.QuerySelector("#Input_Title")!.GetAttribute("value"));

        var tomorrow = Iso(Today.AddDays(1));
        var late = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道日期在明天的信息", date: tomorrow)));
        Assert.Equal(expected, MessageFor(late, "Input.PublishedOn"));
        Assert.Equal(tomorrow, late.QuerySelector("#Input_PublishedOn")!.GetAttribute("value"));

        Assert.False(await portal.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title.StartsWith("花湖街道日期"))));
    }

    [Fact]
    public async Task A_link_must_be_an_absolute_http_or_https_address()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        foreach (var url in new[] { "javascript:alert(1)", "ftp://www.hsg.gov.cn/a.html", "/hhjd/a.html", "www.hsg.gov.cn/a.html" })
        {
            var page = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道链接有误的信息", url: url)));
            Assert.Equal("“链接”须是以 http:// 或 https:// 开头的完整网址。", MessageFor(page, "Input.Url"));
            Assert.Equal(url, page.QuerySelector("#Input_Url")!.GetAttribute("value"));
        }

        Assert.False(await portal.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title == "花湖街道链接有误的信息")));
    }

    [Fact]
    public async Task A_channel_or_category_outside_the_lists_is_refused()
    {
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var numbers = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道渠道有误的信息", channel: "99", category: "42")));
        Assert.Equal("请从列表中选择“发布渠道”。", MessageFor(numbers, "Input.Channel"));
        Assert.Equal("请从列表中选择“信息类别”。", MessageFor(numbers, "Input.Category"));

        var names = await PortalClient.ParseAsync(await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道渠道有误的信息", channel: "抖音")));
        Assert.Equal("请从列表中选择“发布渠道”。", MessageFor(names, "Input.Channel"));
        Assert.Equal("花湖街道渠道有误的信息", names.QuerySelector("#Input_Title")!.GetAttribute("value"));

        Assert.False(await portal.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title == "花湖街道渠道有误的信息")));
    }

    [Fact]
    public async Task A_duplicate_link_is_refused_with_a_link_to_the_existing_record()
    {
        var existing = (await SeedAsync("花湖街道", Item("花湖街道<b>关于</b>社区网格员招聘的公告", "2022-08-01", url: "https://www.hsg.gov.cn/hhjd/art/2022/8/1/wgy.html")))[0];
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        // Another title and date, the same page (the host spelt in capitals).
        var response = await liaison.SubmitAsync("/Publications/Create", Fields("社区网格员招聘公告（转载）", date: "2022-08-02", url: "  HTTPS://WWW.HSG.GOV.CN/hhjd/art/2022/8/1/wgy.html "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var duplicate = page.QuerySelector("[data-testid=duplicate]")!;
        Assert.Contains("相同链接", duplicate.TextContent, StringComparison.Ordinal);
        var link = Assert.Single(duplicate.QuerySelectorAll("a"));
        Assert.Equal($"/Publications/Details/{existing}", link.GetAttribute("href"));
        // The existing title is shown as text, never as markup.
        Assert.Equal("花湖街道<b>关于</b>社区网格员招聘的公告（2022年8月1日）", link.TextContent);
        Assert.Null(duplicate.QuerySelector("b"));
        Assert.Equal("社区网格员招聘公告（转载）", page.QuerySelector("#Input_Title")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title == "社区网格员招聘公告（转载）")));
    }

    [Fact]
    public async Task A_duplicate_title_and_date_is_refused_with_a_link_to_the_existing_record()
    {
        var existing = (await SeedAsync("花湖街道", Item("花湖街道2022年8月城市管理工作简报", "2022-08-31")))[0];
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var response = await liaison.SubmitAsync("/Publications/Create", Fields(" 花湖街道2022年8月城市管理工作简报 ", date: "2022-08-31", url: "https://www.hsg.gov.cn/hhjd/jb8.html"));

        var page = await PortalClient.ParseAsync(response);
        var duplicate = page.QuerySelector("[data-testid=duplicate]")!;
        Assert.Contains("标题和发布日期都相同", duplicate.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Publications/Details/{existing}", duplicate.QuerySelector("a")!.GetAttribute("href"));

        // Another unit may publish an item of the same title on the same day.
        using var other = portal.CreatePortalClient();
        await other.LogInOkAsync("shenjiaying");
        (await other.SubmitAsync("/Publications/Create", Fields("花湖街道2022年8月城市管理工作简报", date: "2022-08-31"))).IsRedirectTo("/Publications/Details/");
    }

    [Fact]
    public async Task A_withdrawn_item_does_not_block_recording_it_again()
    {
        await SeedAsync("花湖街道", Item("花湖街道错发后重新发布的通知", "2022-09-05", withdrawn: true, url: "https://www.hsg.gov.cn/hhjd/cf.html"));
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var response = await liaison.SubmitAsync("/Publications/Create", Fields("花湖街道错发后重新发布的通知", date: "2022-09-05", url: "https://www.hsg.gov.cn/hhjd/cf.html"));

        response.IsRedirectTo("/Publications/Details/");
        Assert.Equal(2, await portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title == "花湖街道错发后重新发布的通知")));
    }

    [Fact]
    public async Task Withdrawing_marks_the_item_and_it_stays_listed_with_the_badge()
    {
        var id = (await SeedAsync("花湖街道", Item("花湖街道误发的人事任免信息", "2022-09-12", category: PublicationCategory.Personnel)))[0];
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var withdrawn = await liaison.SubmitAsync($"/Publications/Withdraw/{id}", new Dictionary<string, string> { ["Input.Reason"] = "错发：应由区人社局发布" });
        withdrawn.IsRedirectTo($"/Publications/Details/{id}");

        var details = await liaison.GetPageAsync($"/Publications/Details/{id}");
        Assert.NotNull(details.QuerySelector("[data-testid=withdrawn-badge]"));
        Assert.Equal("已撤回", details.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("错发：应由区人社局发布", details.QuerySelector("[data-testid=withdrawal-reason]")!.TextContent.Trim());
        Assert.Null(details.QuerySelector($"a[href='/Publications/Edit/{id}']"));
        Assert.Null(details.QuerySelector($"a[href='/Publications/Withdraw/{id}']"));

        var list = await liaison.GetPageAsync("/Publications/Index?q=误发的人事任免");
        var row = Assert.Single(list.QuerySelectorAll(PublicationsTable));
        Assert.Equal("已撤回", row.QuerySelector("[data-testid=withdrawn-badge]")!.TextContent.Trim());
        Assert.Empty(Titles(await liaison.GetPageAsync("/Publications/Index?q=误发的人事任免&status=published")));

        // A withdrawn item is a record of what happened: it is not edited any more.
        var edit = await liaison.GetPageAsync($"/Publications/Edit/{id}");
        Assert.NotNull(edit.QuerySelector("[data-testid=withdrawn-frozen]"));
        Assert.Null(edit.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task A_withdrawal_needs_a_reason_of_at_most_500_characters()
    {
        var id = (await SeedAsync("花湖街道", Item("花湖街道待撤回原因校验的信息", "2022-09-13")))[0];
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var empty = await PortalClient.ParseAsync(await liaison.SubmitAsync($"/Publications/Withdraw/{id}", new Dictionary<string, string> { ["Input.Reason"] = "   " }));
        Assert.Equal("请填写“撤回原因”。", MessageFor(empty, "Input.Reason"));

        var reason = new string('错', 501);
        var tooLong = await PortalClient.ParseAsync(await liaison.SubmitAsync($"/Publications/Withdraw/{id}", new Dictionary<string, string> { ["Input.Reason"] = reason }));
        Assert.Equal("“撤回原因”不能超过 500 个字符。", MessageFor(tooLong, "Input.Reason"));
        Assert.Equal(reason, tooLong.QuerySelector("#Input_Reason")!.TextContent);

        Assert.Equal(PublicationStatus.Published, await portal.WithDbAsync(db => db.Publications.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_withdrawn_item_cannot_be_withdrawn_again()
    {
        var id = (await SeedAsync("花湖街道", Item("花湖街道已经撤回过的信息", "2022-09-14", withdrawn: true)))[0];
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var page = await liaison.GetPageAsync($"/Publications/Withdraw/{id}");
        Assert.Contains("不能重复撤回", page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form[method=post]"));

        var token = await liaison.AntiforgeryTokenAsync("/Publications/Create");
        var again = await liaison.Http.PostAsync($"/Publications/Withdraw/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Reason"] = "再撤回一次",
        }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("不能重复撤回", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("错发", await portal.WithDbAsync(db => db.Publications.Where(p => p.Id == id).Select(p => p.WithdrawalReason).SingleAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_quarter_month_channel_category_status_and_words()
    {
        await SeedAsync(
            "区统计局",
            Item("统计局筛选 七月经济运行简报", "2022-07-15", category: PublicationCategory.Statistics),
            Item("统计局筛选 九月经济运行简报", "2022-09-30", PublicationChannel.WeChat, PublicationCategory.Statistics),
            Item("统计局筛选 国庆值班安排", "2022-10-01", category: PublicationCategory.Notice),
            Item("统计局筛选 错发的七月通知", "2022-07-20", category: PublicationCategory.Notice, withdrawn: true));
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("tjj");

        async Task<List<string>> ListAsync(string query, string words = "")
        {
            var page = await liaison.GetPageAsync("/Publications/Index?sort=title&dir=asc&q=统计局筛选" + words + query);
            var titles = Titles(page).Select(t => t.Replace("统计局筛选 ", "", StringComparison.Ordinal)).ToList();
            Assert.Equal($"共 {titles.Count} 条", page.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());
            return titles;
        }

        Assert.Equal(4, (await ListAsync("")).Count);
        Assert.Equal(["七月经济运行简报", "九月经济运行简报", "错发的七月通知"], await ListAsync("&quarter=2022Q3"));
        Assert.Equal(["国庆值班安排"], await ListAsync("&quarter=2022q4"));
        Assert.Equal(["七月经济运行简报", "错发的七月通知"], await ListAsync("&month=2022-07"));
        Assert.Equal(["九月经济运行简报"], await ListAsync("&channel=WeChat"));
        Assert.Equal(["国庆值班安排", "错发的七月通知"], await ListAsync("&category=Notice"));
        Assert.Equal(["错发的七月通知"], await ListAsync("&status=withdrawn"));
        Assert.Equal(["七月经济运行简报", "九月经济运行简报", "国庆值班安排"], await ListAsync("&status=published"));
        Assert.Equal(["七月经济运行简报", "错发的七月通知"], await ListAsync("", "+七月"));
        Assert.Equal(["七月经济运行简报"], await ListAsync("", "+七月+简报"));

        var unreadable = await liaison.GetPageAsync("/Publications/Index?q=统计局筛选&quarter=2022Q5");
        Assert.Contains("2022Q5", unreadable.QuerySelector("[data-testid=filter-problem]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, Titles(unreadable).Count);
    }

    [Fact]
    public async Task The_list_filters_by_directory_entry_code_or_number()
    {
        var entryId = await EntryAsync("90-01", "区民政局");
        await SeedAsync(
            "区民政局",
            Item("民政局目录筛选 低保对象名单公示", "2022-08-10", entryId: entryId),
            Item("民政局目录筛选 工作动态", "2022-08-11"));
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("mzj");

        Assert.Equal(["民政局目录筛选 低保对象名单公示"], Titles(await liaison.GetPageAsync("/Publications/Index?q=民政局目录筛选&entry=90-01")));
        Assert.Equal(["民政局目录筛选 低保对象名单公示"], Titles(await liaison.GetPageAsync($"/Publications/Index?q=民政局目录筛选&entry={entryId}")));
        Assert.Empty(Titles(await liaison.GetPageAsync("/Publications/Index?q=民政局目录筛选&entry=no-such-code")));
    }

    [Fact]
    public async Task The_list_is_sorted_and_paged_on_the_server()
    {
        await SeedAsync("区审计局", Enumerable.Range(1, 55)
            .Select(i => Item(string.Create(CultureInfo.InvariantCulture, $"审计局分页 {i:000}"), Iso(new DateOnly(2022, 7, 1).AddDays(i))))
            .ToArray());
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("sjj");

        var first = await liaison.GetPageAsync("/Publications/Index?q=审计局分页");
        Assert.Equal("共 55 条", first.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());
        var titles = Titles(first);
        Assert.Equal(50, titles.Count);
        Assert.Equal("审计局分页 055", titles[0]);
        Assert.Contains("第 1 / 2 页", first.QuerySelector("nav .pagination")!.TextContent, StringComparison.Ordinal);

        var second = await liaison.GetPageAsync("/Publications/Index?q=审计局分页&p=2");
        Assert.Equal(["审计局分页 005", "审计局分页 004", "审计局分页 003", "审计局分页 002", "审计局分页 001"], Titles(second));

        var byTitle = await liaison.GetPageAsync(first.QuerySelector("[data-testid=sort-title]")!.GetAttribute("href")!);
        Assert.Equal("审计局分页 001", Titles(byTitle)[0]);
        var byTitleDescending = await liaison.GetPageAsync(byTitle.QuerySelector("[data-testid=sort-title]")!.GetAttribute("href")!);
        Assert.Equal("审计局分页 055", Titles(byTitleDescending)[0]);
        Assert.Equal("审计局分页 001", Titles(await liaison.GetPageAsync("/Publications/Index?q=审计局分页&sort=date&dir=asc"))[0]);
    }

    [Fact]
    public async Task A_liaison_cannot_reach_another_units_publication_in_any_way()
    {
        var id = (await SeedAsync("沈家营街道", Item("沈家营街道内部可见性测试信息", "2022-09-20")))[0];
        var other = await UnitIdAsync("沈家营街道");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");
        var token = await liaison.AntiforgeryTokenAsync("/Publications/Create");

        foreach (var url in new[] { $"/Publications/Details/{id}", $"/Publications/Edit/{id}", $"/Publications/Withdraw/{id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync(url)).StatusCode);
        }

        var edit = await liaison.Http.PostAsync($"/Publications/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "被其他单位改掉的标题",
            ["Input.PublishedOn"] = "2022-09-20",
            ["Input.Channel"] = "DisclosurePlatform",
            ["Input.Category"] = "WorkNews",
        }));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var withdraw = await liaison.Http.PostAsync($"/Publications/Withdraw/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Reason"] = "其他单位撤回",
        }));
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);

        var stored = await portal.WithDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("沈家营街道内部可见性测试信息", stored.Title);
        Assert.Equal(PublicationStatus.Published, stored.Status);

        foreach (var query in new[] { "", $"?unit={other}", $"?unit={other}&q=内部可见性" })
        {
            var list = await liaison.GetPageAsync("/Publications/Index" + query);
            Assert.DoesNotContain("沈家营街道", list.QuerySelector("[data-testid=publications-table]")!.TextContent, StringComparison.Ordinal);
            Assert.All(list.QuerySelectorAll(PublicationsTable), row => Assert.Equal("花湖街道", row.QuerySelector("td:nth-child(3)")!.TextContent.Trim()));
        }
    }

    [Fact]
    public async Task A_leader_sees_the_list_but_no_buttons_and_a_post_is_refused()
    {
        var id = (await SeedAsync("黄石港街道", Item("黄石港街道领导查看测试信息", "2022-09-21")))[0];
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var list = await leader.GetPageAsync("/Publications/Index?q=领导查看测试");
        Assert.Equal(["黄石港街道领导查看测试信息"], Titles(list));
        Assert.Null(list.QuerySelector("[data-testid=create]"));
        var details = await leader.GetPageAsync($"/Publications/Details/{id}");
        Assert.Null(details.QuerySelector("a[href*='/Publications/Edit']"));
        Assert.Null(details.QuerySelector("a[href*='/Publications/Withdraw']"));
        (await leader.Http.GetAsync("/Publications/Create")).IsRedirectTo("/Account/AccessDenied");
        (await leader.Http.GetAsync($"/Publications/Edit/{id}")).IsRedirectTo("/Account/AccessDenied");

        var token = await leader.AntiforgeryTokenAsync("/Account/ChangePassword");
        var unit = await UnitIdAsync("黄石港街道");
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            ["/Publications/Create"] = new() { ["Input.UnitId"] = unit.ToString(CultureInfo.InvariantCulture), ["Input.Title"] = "领导录入的信息", ["Input.PublishedOn"] = "2022-09-21" },
            [$"/Publications/Edit/{id}"] = new() { ["Input.Title"] = "领导改过的标题", ["Input.PublishedOn"] = "2022-09-21" },
            [$"/Publications/Withdraw/{id}"] = new() { ["Input.Reason"] = "领导撤回" },
        };
        foreach (var (url, fields) in posts)
        {
            fields["__RequestVerificationToken"] = token;
            (await leader.Http.PostAsync(url, new FormUrlEncodedContent(fields))).IsRedirectTo("/Account/AccessDenied");
        }

        var stored = await portal.WithDbAsync(db => db.Publications.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("黄石港街道领导查看测试信息", stored.Title);
        Assert.Equal(PublicationStatus.Published, stored.Status);
        Assert.False(await portal.WithDbAsync(db => db.Publications.AnyAsync(p => p.Title == "领导录入的信息")));
    }

    [Fact]
    public async Task A_second_editor_gets_a_conflict_instead_of_overwriting()
    {
        var id = (await SeedAsync("花湖街道", Item("花湖街道两人同时修改的信息", "2022-09-22")))[0];
        using var first = portal.CreatePortalClient();
        await first.LogInOkAsync("huahu");
        using var second = portal.CreatePortalClient();
        await second.LogInOkAsync("admin");
        var firstPage = await first.GetPageAsync($"/Publications/Edit/{id}");
        var secondPage = await second.GetPageAsync($"/Publications/Edit/{id}");

        (await first.SubmitAsync(firstPage, $"/Publications/Edit/{id}", new Dictionary<string, string> { ["Input.Title"] = "花湖街道两人同时修改的信息（联络员改）" }))
            .IsRedirectTo($"/Publications/Details/{id}");
        var conflict = await second.SubmitAsync(secondPage, $"/Publications/Edit/{id}", new Dictionary<string, string> { ["Input.Title"] = "花湖街道两人同时修改的信息（管理员改）" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("该记录已被其他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("花湖街道两人同时修改的信息（联络员改）", await portal.WithDbAsync(db => db.Publications.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_records_for_a_chosen_unit_with_one_of_its_directory_entries()
    {
        var entryId = await EntryAsync("90-02", "区财政局");
        var unit = await UnitIdAsync("区财政局");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var form = await admin.GetPageAsync($"/Publications/Create?unit={unit}");
        Assert.Equal(unit.ToString(CultureInfo.InvariantCulture), ((IHtmlSelectElement)form.QuerySelector("#Input_UnitId")!).Value);
        Assert.NotNull(form.QuerySelector($"#Input_DirectoryEntryId option[value='{entryId}']"));

        var fields = Fields("区财政局2022年区级预算执行情况", date: "2022-07-28", category: "Finance");
        fields["Input.DirectoryEntryId"] = entryId.ToString(CultureInfo.InvariantCulture);
        (await admin.SubmitAsync(form, "/Publications/Create", fields)).IsRedirectTo("/Publications/Details/");

        var stored = await portal.WithDbAsync(db => db.Publications.SingleAsync(p => p.Title == "区财政局2022年区级预算执行情况"));
        Assert.Equal(unit, stored.UnitId);
        Assert.Equal(entryId, stored.DirectoryEntryId);
        Assert.Equal("admin", stored.RecordedBy);

        var noUnit = await PortalClient.ParseAsync(await admin.SubmitAsync("/Publications/Create", Fields("管理员未选单位的信息")));
        Assert.Equal("请选择所属单位（在用单位）。", MessageFor(noUnit, "Input.UnitId"));
    }

    [Fact]
    public async Task A_directory_entry_the_unit_is_not_responsible_for_is_refused()
    {
        var entryId = await EntryAsync("90-03", "区人社局");
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        var form = await liaison.GetPageAsync("/Publications/Create");
        Assert.Null(form.QuerySelector($"#Input_DirectoryEntryId option[value='{entryId}']"));

        var fields = Fields("花湖街道挂错目录的信息");
        fields["Input.DirectoryEntryId"] = entryId.ToString(CultureInfo.InvariantCulture);
        var page = await PortalClient.ParseAsync(await liaison.SubmitAsync(form, "/Publications/Create", fields));

        Assert.Equal("目录事项“90-03”的公开主体不包括所属单位，请重新选择。", MessageFor(page, "Input.DirectoryEntryId"));
    }

    [Fact]
    public void Channel_and_category_names_on_pages_are_the_ones_core_parses()
    {
        var localizer = portal.Services.GetRequiredService<IStringLocalizer<Strings>>();
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.All(PublicationChannels.Names.All, c => Assert.Equal(c.ChineseName(), PublicationNames.Display(localizer, c)));
            Assert.All(PublicationCategories.Names.All, c => Assert.Equal(c.ChineseName(), PublicationNames.Display(localizer, c)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
