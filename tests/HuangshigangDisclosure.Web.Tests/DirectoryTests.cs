using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

public class DirectoryTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    /// <summary>A domain of the test's own (names and codes that no demo data uses).</summary>
    private Task<int> DomainAsync(string code, string name) =>
        portal.WithDbAsync(async db =>
        {
            var domain = new DisclosureDomain { Code = code, Name = name, SortOrder = 900 };
            db.DisclosureDomains.Add(domain);
            await db.SaveChangesAsync();
            return domain.Id;
        });

    private Task<int> EntryAsync(int domainId, string code, DisclosureCycle cycle, params int[] unitIds) =>
        portal.WithDbAsync(async db =>
        {
            var entry = new DirectoryEntry
            {
                Code = code,
                DomainId = domainId,
                Level1 = "财政预决算",
                Level2 = "部门预算",
                Cycle = cycle,
                CycleDays = cycle == DisclosureCycle.WithinDays ? 20 : null,
                ResponsibleUnits = unitIds.Select(id => new DirectoryEntryUnit { UnitId = id }).ToList(),
            };
            db.DirectoryEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    private Task<long> PublicationAsync(int unitId, int? entryId, string title, DateOnly on, bool withdrawn = false) =>
        portal.WithDbAsync(async db =>
        {
            var publication = new Publication
            {
                UnitId = unitId,
                DirectoryEntryId = entryId,
                Title = title,
                PublishedOn = on,
                Url = "https://www.hsdist.gov.cn/xxgk/" + Guid.NewGuid().ToString("N"),
                RecordedBy = "test",
                RecordedAtUtc = DateTime.UtcNow,
            };
            if (withdrawn)
            {
                publication.Withdraw("错发", DateTime.UtcNow);
            }

            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            return publication.Id;
        });

    private static void Check(IHtmlDocument page, params int[] unitIds)
    {
        foreach (var checkbox in page.QuerySelectorAll("input[name='Input.UnitIds']").OfType<IHtmlInputElement>())
        {
            checkbox.IsChecked = unitIds.Contains(int.Parse(checkbox.Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A date as the Chinese pages write it.</summary>
    private static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Message(IHtmlDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent.Trim();

    [Fact]
    public async Task An_admin_creates_a_domain_and_an_entry_with_two_responsible_units_and_finds_it_in_the_list_and_on_each_units_page()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var finance = await UnitIdAsync("区财政局");
        var civil = await UnitIdAsync("区民政局");

        var domainCreated = await admin.SubmitAsync("/Directory/Domains/Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "A1",
            ["Input.Name"] = "测试领域·财政预决算",
            ["Input.SortOrder"] = "30",
        });
        domainCreated.IsRedirectTo("/Directory/Domains");
        var domains = await admin.GetPageAsync("/Directory/Domains/Index");
        Assert.Contains("测试领域·财政预决算", domains.QuerySelector("[data-testid=domains-table]")!.TextContent, StringComparison.Ordinal);
        var domainId = await portal.WithDbAsync(db => db.DisclosureDomains.Where(d => d.Code == "A1").Select(d => d.Id).SingleAsync());

        var form = await admin.GetPageAsync("/Directory/Create");
        Check(form, finance, civil);
        var created = await admin.SubmitAsync(form, "/Directory/Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "A1-01",
            ["Input.DomainId"] = Id(domainId),
            ["Input.Level1"] = "财政预决算",
            ["Input.Level2"] = "部门预算",
            ["Input.Content"] = "部门预算报表及说明",
            ["Input.LegalBasis"] = "《中华人民共和国预算法》",
            ["Input.TimeLimitText"] = "批复后20日内",
            ["Input.Cycle"] = "WithinDays",
            ["Input.CycleDays"] = "20",
            ["Input.CycleWorkingDays"] = "false",
            ["Input.Channels"] = "政府网站",
        });
        created.IsRedirectTo("/Directory/Details/");

        var list = await admin.GetPageAsync($"/Directory/Index?domain={domainId}");
        var table = Assert.Single(list.QuerySelectorAll("[data-testid=directory-table]"));
        Assert.Equal("测试领域·财政预决算", table.GetAttribute("data-domain"));
        var row = Assert.Single(table.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["A1-01", "财政预决算", "部门预算", "批复后20日内", "区财政局、区民政局", "政府网站", "全社会", "主动", "区级"], cells);
        Assert.Equal("共 1 条", list.QuerySelector("[data-testid=match-count]")!.TextContent.Trim());

        var entryId = await portal.WithDbAsync(db => db.DirectoryEntries.Where(e => e.Code == "A1-01").Select(e => e.Id).SingleAsync());
        var details = await admin.GetPageAsync($"/Directory/Details/{entryId}");
        Assert.Equal("信息形成或者变更之日起 20 日内", details.QuerySelector("[data-testid=entry-cycle]")!.TextContent.Trim());
        Assert.Contains("《中华人民共和国预算法》", details.QuerySelector("[data-testid=entry-details]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.QuerySelector($"[data-testid=entry-units] a[href='/Units/Details/{finance}']"));
        Assert.NotNull(details.QuerySelector($"[data-testid=entry-units] a[href='/Units/Details/{civil}']"));

        foreach (var unitId in new[] { finance, civil })
        {
            var unitPage = await admin.GetPageAsync($"/Directory/Unit/{unitId}");
            var unitRow = Assert.Single(unitPage.QuerySelectorAll("[data-testid=unit-entries] tbody tr[data-entry-code='A1-01']"));
            Assert.Equal("信息形成后 20 日内", unitRow.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());
            Assert.Equal("尚无关联信息", unitRow.QuerySelector("[data-testid=last-linked]")!.TextContent.Trim());
        }

        var unitDetails = await admin.GetPageAsync($"/Units/Details/{finance}");
        Assert.Equal($"/Directory/Unit/{finance}", unitDetails.QuerySelector("[data-testid=unit-directory-link]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_liaison_reads_the_whole_directory_but_cannot_edit_it_nor_open_another_units_entries()
    {
        var domainId = await DomainAsync("B1", "测试领域·社会救助");
        var own = await UnitIdAsync("花湖街道");
        var other = await UnitIdAsync("区民政局");
        await EntryAsync(domainId, "B1-01", DisclosureCycle.Quarterly, own);
        var otherEntry = await EntryAsync(domainId, "B1-02", DisclosureCycle.Monthly, other);
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("huahu");

        foreach (var url in new[] { "/Directory/Create", $"/Directory/Edit/{otherEntry}", "/Directory/Domains/Index", "/Directory/Domains/Create", $"/Directory/Domains/Edit/{domainId}" })
        {
            (await liaison.Http.GetAsync(url)).IsRedirectTo("/Account/AccessDenied");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await liaison.Http.GetAsync($"/Directory/Unit/{other}")).StatusCode);
        var ownPage = await liaison.GetPageAsync($"/Directory/Unit/{own}");
        Assert.Equal("每季度", ownPage.QuerySelector("[data-entry-code='B1-01'] td:nth-child(5)")!.TextContent.Trim());

        var list = await liaison.GetPageAsync($"/Directory/Index?domain={domainId}");
        var codes = list.QuerySelectorAll("[data-testid=directory-table] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["B1-01", "B1-02"], codes);
        Assert.Null(list.QuerySelector("a[href^='/Directory/Create']"));
        var ownFilter = list.QuerySelector("[data-testid=own-unit-filter]")!.GetAttribute("href");
        Assert.Equal($"/Directory?unit={own}", ownFilter);
        var filtered = await liaison.GetPageAsync($"/Directory/Index?domain={domainId}&unit={own}");
        Assert.Equal(["B1-01"], filtered.QuerySelectorAll("[data-testid=directory-table] tbody tr td:first-child a").Select(a => a.TextContent.Trim()));

        var details = await liaison.GetPageAsync($"/Directory/Details/{otherEntry}");
        Assert.Null(details.QuerySelector("[data-testid=entry-units] a"));
        Assert.Contains("区民政局", details.QuerySelector("[data-testid=entry-units]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.QuerySelector($"a[href='/Directory/Edit/{otherEntry}']"));
    }

    [Fact]
    public async Task A_leader_reads_any_units_entries_and_sees_no_editing()
    {
        var domainId = await DomainAsync("C1", "测试领域·就业");
        var unit = await UnitIdAsync("区人社局");
        await EntryAsync(domainId, "C1-01", DisclosureCycle.Continuous, unit);
        var entryId = await EntryAsync(domainId, "C1-02", DisclosureCycle.WithinDays, unit);
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        var page = await leader.GetPageAsync($"/Directory/Unit/{unit}");
        Assert.Equal("长期/实时公开", page.QuerySelector("[data-entry-code='C1-01'] [data-testid=next-due]")!.TextContent.Trim());
        Assert.Equal("信息形成后 20 个工作日内", page.QuerySelector("[data-entry-code='C1-02'] [data-testid=next-due]")!.TextContent.Trim());
        var details = await leader.GetPageAsync($"/Directory/Details/{entryId}");
        Assert.Equal("信息形成或者变更之日起 20 个工作日内", details.QuerySelector("[data-testid=entry-cycle]")!.TextContent.Trim());
        Assert.Null(details.QuerySelector("main form[method=post]"));
        Assert.Contains("公开目录", (await leader.GetPageAsync("/")).QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_unit_page_shows_the_last_published_linked_item_and_ignores_withdrawn_ones_and_other_units()
    {
        var domainId = await DomainAsync("D1", "测试领域·财政信息");
        var finance = await UnitIdAsync("区财政局");
        var audit = await UnitIdAsync("区审计局");
        var monthly = await EntryAsync(domainId, "D1-01", DisclosureCycle.Monthly, finance, audit);
        var quarterly = await EntryAsync(domainId, "D1-02", DisclosureCycle.Quarterly, finance);
        var today = ChinaTime.Today(portal.Clock);

        await PublicationAsync(finance, monthly, "2022年7月财政收支情况", new DateOnly(2022, 7, 5));
        var august = await PublicationAsync(finance, monthly, "2022年8月财政收支情况", new DateOnly(2022, 8, 10));
        await PublicationAsync(finance, monthly, "错发的9月财政收支情况", new DateOnly(2022, 9, 1), withdrawn: true);
        await PublicationAsync(audit, monthly, "审计局9月工作动态", new DateOnly(2022, 9, 5));
        await PublicationAsync(finance, null, "未关联目录的信息", new DateOnly(2022, 9, 6));
        var thisQuarter = await PublicationAsync(finance, quarterly, "本季度预算执行情况", today);

        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("czj");
        var page = await liaison.GetPageAsync($"/Directory/Unit/{finance}");

        var monthlyRow = page.QuerySelector("[data-entry-code='D1-01']")!;
        var last = monthlyRow.QuerySelector("[data-testid=last-linked] a")!;
        Assert.Equal("2022年8月财政收支情况", last.TextContent.Trim());
        Assert.Equal($"/Publications/Details/{august}", last.GetAttribute("href"));
        Assert.Contains("2022年8月10日", monthlyRow.TextContent, StringComparison.Ordinal);
        var endOfMonth = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        Assert.Equal(Date(endOfMonth), monthlyRow.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());

        // Linked today, so this quarter is covered: the next one is due at the end of the next quarter.
        var quarterlyRow = page.QuerySelector("[data-entry-code='D1-02']")!;
        Assert.Equal($"/Publications/Details/{thisQuarter}", quarterlyRow.QuerySelector("[data-testid=last-linked] a")!.GetAttribute("href"));
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        Assert.Equal(Date(quarterStart.AddMonths(6).AddDays(-1)), quarterlyRow.QuerySelector("[data-testid=next-due]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_entry_form_explains_in_chinese_what_is_missing_or_taken()
    {
        var domainId = await DomainAsync("E1", "测试领域·养老服务");
        await EntryAsync(domainId, "E1-01", DisclosureCycle.Annually, await UnitIdAsync("区民政局"));
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var empty = await admin.SubmitAsync("/Directory/Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "",
            ["Input.DomainId"] = Id(domainId),
            ["Input.Level1"] = "",
            ["Input.Level2"] = "养老机构名录",
            ["Input.Cycle"] = "WithinDays",
            ["Input.CycleDays"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await PortalClient.ParseAsync(empty);
        Assert.Equal("请填写“序号/编码”。", Message(page, "Input.Code"));
        Assert.Equal("请填写“一级事项”。", Message(page, "Input.Level1"));
        Assert.Equal("公开时限为“信息形成或者变更后限期公开”时，请填写“天数”。", Message(page, "Input.CycleDays"));
        Assert.Equal("请至少选择一个公开主体单位。", Message(page, "Input.UnitIds"));
        Assert.Equal("养老机构名录", page.QuerySelector("#Input_Level2")!.GetAttribute("value"));

        var form = await admin.GetPageAsync("/Directory/Create");
        Check(form, await UnitIdAsync("区民政局"));
        var taken = await admin.SubmitAsync(form, "/Directory/Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "E1-01",
            ["Input.DomainId"] = Id(domainId),
            ["Input.Level1"] = "养老服务",
            ["Input.Cycle"] = "Annually",
        });
        Assert.Equal("编码“E1-01”已被其他目录事项使用。", Message(await PortalClient.ParseAsync(taken), "Input.Code"));
        Assert.Equal(1, await portal.WithDbAsync(db => db.DirectoryEntries.CountAsync(e => e.Code == "E1-01")));

        var domainTaken = await admin.SubmitAsync("/Directory/Domains/Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "E1",
            ["Input.Name"] = "测试领域·养老服务",
        });
        var domainPage = await PortalClient.ParseAsync(domainTaken);
        Assert.Equal("领域编码“E1”已被使用。", Message(domainPage, "Input.Code"));
        Assert.Equal("已有名为“测试领域·养老服务”的公开领域。", Message(domainPage, "Input.Name"));
    }

    [Fact]
    public async Task A_second_editor_gets_a_conflict_even_when_the_first_changed_only_the_responsible_units()
    {
        var domainId = await DomainAsync("F1", "测试领域·公共法律服务");
        var justice = await UnitIdAsync("区司法局");
        var civil = await UnitIdAsync("区民政局");
        var entryId = await EntryAsync(domainId, "F1-01", DisclosureCycle.WithinDays, justice, civil);
        using var first = portal.CreatePortalClient();
        await first.LogInOkAsync("admin");
        using var second = portal.CreatePortalClient();
        await second.LogInOkAsync("admin");
        var url = $"/Directory/Edit/{entryId}";
        var firstPage = await first.GetPageAsync(url);
        var secondPage = await second.GetPageAsync(url);

        Check(firstPage, justice);
        (await first.SubmitAsync(firstPage, url, new Dictionary<string, string>())).IsRedirectTo($"/Directory/Details/{entryId}");
        var conflict = await second.SubmitAsync(secondPage, url, new Dictionary<string, string> { ["Input.Level1"] = "公共法律服务（改）" });

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("该记录已被其他人修改", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await portal.WithDbAsync(db => db.DirectoryEntries.Include(e => e.ResponsibleUnits).SingleAsync(e => e.Id == entryId));
        Assert.Equal("财政预决算", saved.Level1);
        Assert.Equal([justice], saved.ResponsibleUnits.Select(l => l.UnitId));
    }

    [Fact]
    public async Task A_deactivated_entry_leaves_the_lists_and_can_be_reactivated()
    {
        var domainId = await DomainAsync("G1", "测试领域·户籍管理");
        var unit = await UnitIdAsync("区政府办公室");
        var entryId = await EntryAsync(domainId, "G1-01", DisclosureCycle.Monthly, unit);
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var deactivated = await admin.SubmitAsync($"/Directory/Details/{entryId}", new Dictionary<string, string>(), "main form[method=post]");
        deactivated.IsRedirectTo($"/Directory/Details/{entryId}");
        Assert.False(await portal.WithDbAsync(db => db.DirectoryEntries.Where(e => e.Id == entryId).Select(e => e.IsActive).SingleAsync()));
        Assert.Empty((await admin.GetPageAsync($"/Directory/Index?domain={domainId}")).QuerySelectorAll("[data-testid=directory-table] tbody tr"));
        Assert.Null((await admin.GetPageAsync($"/Directory/Unit/{unit}")).QuerySelector("[data-entry-code='G1-01']"));
        Assert.Single((await admin.GetPageAsync($"/Directory/Index?domain={domainId}&status=inactive")).QuerySelectorAll("[data-testid=directory-table] tbody tr"));

        var reactivated = await admin.SubmitAsync($"/Directory/Edit/{entryId}", new Dictionary<string, string>(), "[data-testid=set-active-form]");
        reactivated.IsRedirectTo($"/Directory/Details/{entryId}");
        Assert.NotNull((await admin.GetPageAsync($"/Directory/Unit/{unit}")).QuerySelector("[data-entry-code='G1-01']"));
    }
}
