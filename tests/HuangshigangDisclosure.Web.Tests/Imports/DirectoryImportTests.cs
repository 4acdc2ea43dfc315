using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class DirectoryImportTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const string Page = "/Directory/Import";

    private static readonly string[] Headers = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级", "公开领域"];

    /// <summary>A row of the standard directory sheet; each test uses codes and domains of its own.</summary>
    private static Dictionary<string, object?> Entry(
        string code, string level1, string level2, string timeLimit, string publisher, string content = "公开内容", string domain = "", string audience = "") =>
        Headers.Zip([code, level1, level2, content, "《中华人民共和国政府信息公开条例》第二十条", timeLimit, publisher, "政府网站", audience, "", "", domain])
            .ToDictionary(p => p.First, p => (object?)p.Second);

    private Task DomainAsync(string code, string name) => portal.WithDbAsync(async db =>
    {
        if (!await db.DisclosureDomains.AnyAsync(d => d.Name == name))
        {
            db.DisclosureDomains.Add(new DisclosureDomain { Code = code, Name = name, SortOrder = 900 });
            await db.SaveChangesAsync();
        }

        return 0;
    });

    private Task<DirectoryEntry?> EntryAsync(string code) => portal.WithDbAsync(db =>
        db.DirectoryEntries.AsNoTracking().Include(e => e.Domain).Include(e => e.ResponsibleUnits).SingleOrDefaultAsync(e => e.Code == code));

    private Task<int[]> UnitIdsAsync(params string[] names) => portal.WithDbAsync(db =>
        db.Units.Where(u => names.Contains(u.Name)).OrderBy(u => u.Id).Select(u => u.Id).ToArrayAsync());

    private static int[] UnitIdsOf(DirectoryEntry entry) => [.. entry.ResponsibleUnits.Select(l => l.UnitId).Order()];

    private static string Cells(AngleSharp.Dom.IElement row) =>
        string.Join("|", row.QuerySelectorAll("td").Select(td => Regex.Replace(td.TextContent, @"\s+", " ").Trim()));

    private async Task<PortalClient> AdminAsync()
    {
        var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        return admin;
    }

    [Fact]
    public async Task An_admin_imports_entries_with_their_responsible_units_and_cycles()
    {
        await DomainAsync("81", "公共法律服务");
        await DomainAsync("82", "就业");
        using var admin = await AdminAsync();
        var file = ImportFiles.Xlsx(
        [
            Entry("81-01", "公共法律服务", "法律援助", "信息形成或者变更之日起20个工作日内", "区司法局"),
            Entry("81-02", "人民调解", "调解组织名录", "每季度", "区司法局、花湖街道", domain: "公共法律服务", audience: "特定群体"),
            Entry("82-01", "就业", "就业创业政策", "长期公开", "区人社局和区住房和城市更新局"),
        ]);

        var uploaded = await admin.UploadAsync(Page, "标准目录.xlsx", file);
        uploaded.IsRedirectTo(Page + "?id=");
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());
        Assert.Equal("共读取 3 行数据：新增 3 条，更新 0 条，无变化 0 条，错误 0 处。", preview.QuerySelector("[data-testid=import-summary]")!.TextContent.Trim());
        Assert.Equal(
            [
                "2|新增|81-01|公共法律服务|公共法律服务|法律援助|信息形成或者变更之日起20个工作日内|信息形成或者变更之日起 20 个工作日内|区司法局",
                "3|新增|81-02|公共法律服务|人民调解|调解组织名录|每季度|每季度|区司法局、花湖街道",
                "4|新增|82-01|就业|就业|就业创业政策|长期公开|长期/实时公开|区人社局、区住房和城市更新局",
            ],
            preview.QuerySelectorAll("[data-testid=import-sample] tbody tr").Select(Cells));

        (await admin.CommitAsync(uploaded.PathAndQuery())).IsRedirectTo("/Directory");

        var legalAid = (await EntryAsync("81-01"))!;
        Assert.Equal(("公共法律服务", "法律援助", DisclosureCycle.WithinDays, 20, true), (legalAid.Domain!.Name, legalAid.Level2, legalAid.Cycle, legalAid.CycleDays, legalAid.CycleWorkingDays));
        Assert.Equal(("信息形成或者变更之日起20个工作日内", "区司法局", "政府网站"), (legalAid.TimeLimitText, legalAid.Publisher, legalAid.Channels));
        Assert.Equal(("全社会", "主动", "区级"), (legalAid.Audience, legalAid.Mode, legalAid.Level));
        Assert.Equal(await UnitIdsAsync("区司法局"), UnitIdsOf(legalAid));

        var mediation = (await EntryAsync("81-02"))!;
        Assert.Equal(("公共法律服务", DisclosureCycle.Quarterly, (int?)null, "特定群体"), (mediation.Domain!.Name, mediation.Cycle, mediation.CycleDays, mediation.Audience));
        Assert.Equal(await UnitIdsAsync("区司法局", "花湖街道"), UnitIdsOf(mediation));

        var employment = (await EntryAsync("82-01"))!;
        Assert.Equal(("就业", DisclosureCycle.Continuous), (employment.Domain!.Name, employment.Cycle));
        Assert.Equal(await UnitIdsAsync("区人社局", "区住房和城市更新局"), UnitIdsOf(employment));

        var batch = await portal.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.Kind == "directory" && b.FileName == "标准目录.xlsx"));
        Assert.Equal(("admin", 3), (batch.ImportedBy, batch.Added));
        var directory = await admin.GetPageAsync("/Directory/Index?q=81-0");
        Assert.Equal(2, directory.QuerySelectorAll("[data-testid=directory-table] tbody tr").Length);
    }

    [Fact]
    public async Task Importing_the_sheet_again_updates_a_changed_entry_and_the_audit_trail_records_it()
    {
        await DomainAsync("83", "养老服务");
        using var admin = await AdminAsync();
        Dictionary<string, object?>[] Sheet(string content) =>
        [
            Entry("83-01", "养老服务", "养老机构名录", "每年", "区民政局", content: content),
            Entry("83-02", "养老服务", "高龄津贴", "批复后20日内", "区民政局、区财政局"),
        ];
        var first = await admin.UploadAsync(Page, "养老.xlsx", ImportFiles.Xlsx(Sheet("养老机构名称、地址、床位数")));
        (await admin.CommitAsync(first.PathAndQuery())).IsRedirectTo("/Directory");
        var before = (await EntryAsync("83-01"))!;

        var again = await admin.UploadAsync(Page, "养老.xlsx", ImportFiles.Xlsx(Sheet("养老机构名称、地址、床位数、收费标准")));
        var preview = await admin.GetPageAsync(again.PathAndQuery());
        Assert.Equal("共读取 2 行数据：新增 0 条，更新 1 条，无变化 1 条，错误 0 处。", preview.QuerySelector("[data-testid=import-summary]")!.TextContent.Trim());
        Assert.StartsWith("2|更新：公开内容|83-01|", Cells(preview.QuerySelector("[data-testid=import-sample] tbody tr")!), StringComparison.Ordinal);
        Assert.Equal("确认导入（新增 0 条，更新 1 条）", preview.QuerySelector("[data-testid=commit-form] button")!.TextContent.Trim());

        var committed = await admin.CommitAsync(again.PathAndQuery());
        committed.IsRedirectTo("/Directory");
        var directory = await admin.GetPageAsync("/Directory/Index");
        Assert.Contains("公开目录导入完成：新增 0 条，更新 1 条，无变化 1 条，新增公开领域 0 个。", directory.Body!.TextContent, StringComparison.Ordinal);

        var after = (await EntryAsync("83-01"))!;
        Assert.Equal((before.Id, "养老机构名称、地址、床位数、收费标准"), (after.Id, after.Content));
        Assert.NotEqual(before.Version, after.Version);
        var audit = await portal.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(DirectoryEntry) && a.Action == AuditAction.Update && a.EntityId == after.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToListAsync());
        var change = Assert.Single(audit);
        Assert.Equal("admin", change.UserName);
        Assert.Contains("收费标准", change.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("LegalBasis", change.Changes, StringComparison.Ordinal);
        var unchanged = (await EntryAsync("83-02"))!;
        Assert.Equal((DisclosureCycle.WithinDays, 20, false), (unchanged.Cycle, unchanged.CycleDays, unchanged.CycleWorkingDays));
    }

    [Fact]
    public async Task An_unknown_unit_or_domain_or_an_unreadable_time_limit_stops_the_whole_file()
    {
        await DomainAsync("84", "城市综合执法");
        using var admin = await AdminAsync();
        var file = ImportFiles.Xlsx(
        [
            Entry("84-01", "城市综合执法", "执法依据", "信息形成或者变更之日起20个工作日内", "区城市管理执法局"),
            Entry("84-02", "城市综合执法", "执法结果", "信息形成或者变更之日起20个工作日内", "区城管委"),
            Entry("84-03", "城乡规划", "控制性详细规划", "信息形成或者变更之日起20个工作日内", "区住房和城市更新局"),
            Entry("84-04", "城市综合执法", "执法流程", "按规定公开", "区城市管理执法局"),
        ]);

        var uploaded = await admin.UploadAsync(Page, "执法.xlsx", file);
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());

        Assert.Equal(
            [
                "3|公开主体|公开主体中的“区城管委”不是系统中的单位，请填写单位的名称或简称，多个单位用“、”分隔。",
                "4|一级事项|一级事项“城乡规划”不是已有的公开领域：请增加“公开领域”列写明所属领域，或先在“公开领域”页面添加“城乡规划”。",
                "5|公开时限|无法识别公开时限“按规定公开”，请写明如“信息形成或者变更之日起20个工作日内”。",
            ],
            preview.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(Cells));
        Assert.Null(preview.QuerySelector("[data-testid=commit-form]"));

        // Even a forced commit writes nothing.
        var forced = await admin.SubmitAsync(preview, uploaded.PathAndQuery() + "&handler=Commit", new Dictionary<string, string>(), "form[data-testid=upload-form]");
        Assert.Equal(System.Net.HttpStatusCode.OK, forced.StatusCode);
        Assert.False(await portal.WithDbAsync(db => db.DirectoryEntries.AnyAsync(e => e.Code.StartsWith("84-"))));
        Assert.False(await portal.WithDbAsync(db => db.DisclosureDomains.AnyAsync(d => d.Name == "城乡规划")));
    }

    [Fact]
    public async Task A_missing_domain_is_added_only_when_the_admin_ticks_the_option()
    {
        using var admin = await AdminAsync();
        var page = await admin.GetPageAsync(Page);
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("input[name=AddDomains][type=checkbox]")!).IsChecked);
        var file = ImportFiles.Xlsx([Entry("85-01", "户籍管理", "户口迁移", "实时公开", "区政府办公室")]);

        var refused = await admin.GetPageAsync((await admin.UploadAsync(Page, "户籍.xlsx", file)).PathAndQuery());
        Assert.Single(refused.QuerySelectorAll("[data-testid=import-errors] tbody tr"));

        var form = await admin.GetPageAsync(Page);
        var token = form.QuerySelector("form[data-testid=upload-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var multipart = ImportFiles.Multipart("户籍.xlsx", file, "Upload", token);
        multipart.Add(new StringContent("true"), "AddDomains");
        var uploaded = await admin.Http.PostAsync(Page, multipart, TestContext.Current.CancellationToken);
        uploaded.IsRedirectTo(Page + "?id=");
        Assert.Contains("addDomains=true", uploaded.PathAndQuery(), StringComparison.Ordinal);
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());
        Assert.Equal("将新增公开领域：户籍管理", preview.QuerySelector("[data-testid=import-new-domains]")!.TextContent.Trim());

        (await admin.CommitAsync(uploaded.PathAndQuery())).IsRedirectTo("/Directory");
        var entry = (await EntryAsync("85-01"))!;
        Assert.Equal(("户籍管理", DisclosureCycle.Continuous), (entry.Domain!.Name, entry.Cycle));
        Assert.Matches("^[0-9]{2}$", entry.Domain.Code);
    }

    [Fact]
    public async Task A_GB18030_csv_from_Chinese_Excel_imports()
    {
        await DomainAsync("86", "义务教育");
        using var admin = await AdminAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = string.Join("\r\n",
            string.Join(',', Headers[..11]),
            "86-01,义务教育,招生入学,\"招生范围、招生计划、报名条件\",《中华人民共和国义务教育法》,颁布或印发之日起5个工作日内,区教育局,\"政府网站、公开查阅点\",,,") + "\r\n";

        var uploaded = await admin.UploadAsync(Page, "义务教育.csv", Encoding.GetEncoding("GB18030").GetBytes(csv));
        (await admin.CommitAsync(uploaded.PathAndQuery())).IsRedirectTo("/Directory");

        var entry = (await EntryAsync("86-01"))!;
        Assert.Equal(("义务教育", "招生范围、招生计划、报名条件", "政府网站、公开查阅点"), (entry.Domain!.Name, entry.Content, entry.Channels));
        Assert.Equal((DisclosureCycle.WithinDays, 5, true), (entry.Cycle, entry.CycleDays, entry.CycleWorkingDays));
        Assert.Equal(await UnitIdsAsync("区教育局"), UnitIdsOf(entry));
    }

    [Fact]
    public async Task A_catalogue_with_a_title_a_two_row_header_tick_columns_and_merged_cells_reads_as_the_office_sees_it()
    {
        await DomainAsync("87", "卫生健康");
        using var admin = await AdminAsync();
        // The State Council catalogues' layout: a title over every column; 公开事项, 公开对象, 公开方式 and
        // 公开层级 each head two columns, the other headings span both header rows; 一级事项 is merged
        // over the entries it groups (B4:B5).
        string[][] sheet =
        [
            ["黄石港区卫生健康领域基层政务公开标准目录", "", "", "", "", "", "", "", "", "", "", "", "", ""],
            ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", ""],
            ["", "一级事项", "二级事项", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["87-01", "卫生健康", "医疗机构执业登记", "执业登记结果", "《医疗机构管理条例》", "信息形成或者变更之日起20个工作日内", "区卫生健康局", "政府网站", "√", "", "√", "", "√", ""],
            ["87-02", "", "预防接种", "接种点名单", "《疫苗管理法》", "实时公开", "卫健局", "政府网站", "", "√", "√", "√", "", "√"],
        ];
        var file = MergeCells(Workbook(sheet), "A1:N1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3", "H2:H3", "I2:J2", "K2:L2", "M2:N2", "B4:B5");

        var uploaded = await admin.UploadAsync(Page, "卫生健康.xlsx", file);
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());
        Assert.Equal("共读取 2 行数据：新增 2 条，更新 0 条，无变化 0 条，错误 0 处。", preview.QuerySelector("[data-testid=import-summary]")!.TextContent.Trim());
        (await admin.CommitAsync(uploaded.PathAndQuery())).IsRedirectTo("/Directory");

        var registration = (await EntryAsync("87-01"))!;
        Assert.Equal(("执业登记结果", "全社会", "主动", "区级"), (registration.Content, registration.Audience, registration.Mode, registration.Level));
        var vaccination = (await EntryAsync("87-02"))!;
        Assert.Equal(("卫生健康", "卫生健康", DisclosureCycle.Continuous), (vaccination.Level1, vaccination.Domain!.Name, vaccination.Cycle));
        Assert.Equal(("特定群体", "主动、依申请", "街道级"), (vaccination.Audience, vaccination.Mode, vaccination.Level));
    }

    [Fact]
    public async Task The_directory_template_reads_back_as_a_clean_import()
    {
        using var admin = await AdminAsync();
        var directory = await admin.GetPageAsync("/Directory/Index");
        Assert.NotNull(directory.QuerySelector($"a[data-testid=import-link][href='{Page}']"));

        var bytes = await admin.Http.GetByteArrayAsync(Page + "?handler=Template", TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Headers, rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal(["03-01", "财政预决算", "部门预算"], rows[1].Values.Take(3).Select(v => v?.ToString()));
        Assert.Equal("区财政局", rows[1]["G"]?.ToString());

        var uploaded = await admin.UploadAsync(Page, "模板.xlsx", bytes);
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery() + "&addDomains=true");
        Assert.Empty(preview.QuerySelectorAll("[data-testid=import-errors] tbody tr"));
        Assert.Equal(2, preview.QuerySelectorAll("[data-testid=import-sample] tbody tr").Length);
    }

    [Fact]
    public async Task A_liaison_cannot_import_the_directory()
    {
        using var czj = portal.CreatePortalClient();
        await czj.LogInOkAsync("czj");

        (await czj.Http.GetAsync(Page)).IsRedirectTo("/Account/AccessDenied");
        (await czj.Http.GetAsync(Page + "?handler=Template")).IsRedirectTo("/Account/AccessDenied");
        var directory = await czj.GetPageAsync("/Directory/Index");
        Assert.Null(directory.QuerySelector("[data-testid=import-link]"));
    }

    /// <summary>An .xlsx whose first sheet holds exactly these rows (no header of MiniExcel's own).</summary>
    private static byte[] Workbook(string[][] rows)
    {
        var columns = Enumerable.Range(0, rows.Max(r => r.Length)).Select(i => ((char)('A' + i)).ToString()).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => columns.Select((c, i) => (c, (object?)(i < r.Length ? r[i] : null))).ToDictionary(p => p.c, p => p.Item2)).ToList(), printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Merges cell ranges in the first sheet, as Excel's "合并单元格" records them.</summary>
    private static byte[] MergeCells(byte[] workbook, params string[] ranges)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var end = Regex.Match(xml, "</(?<p>[a-z]+:)?sheetData>");
            var prefix = end.Groups["p"].Value;
            var merges = $"<{prefix}mergeCells count=\"{ranges.Length}\">"
                + string.Concat(ranges.Select(r => $"<{prefix}mergeCell ref=\"{r}\"/>"))
                + $"</{prefix}mergeCells>";
            xml = xml.Insert(end.Index + end.Length, merges);
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }
}
