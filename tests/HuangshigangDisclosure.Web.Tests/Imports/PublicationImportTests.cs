using System.Net;
using System.Security.Cryptography;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class PublicationImportTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const string Page = "/Publications/Import";

    private Task<List<Publication>> PublicationsAsync(string titleStart) =>
        portal.WithDbAsync(db => db.Publications.AsNoTracking().Include(p => p.Unit).Where(p => p.Title.StartsWith(titleStart)).OrderBy(p => p.Id).ToListAsync());

    private static async Task<string> UploadOkAsync(PortalClient client, string fileName, byte[] content)
    {
        var uploaded = await client.UploadAsync(Page, fileName, content);
        uploaded.IsRedirectTo(Page + "?id=");
        return uploaded.PathAndQuery();
    }

    private static async Task ImportOkAsync(PortalClient client, string fileName, byte[] content)
    {
        var preview = await UploadOkAsync(client, fileName, content);
        (await client.CommitAsync(preview)).IsRedirectTo(Page);
    }

    private static List<string[]> Rows(AngleSharp.Html.Dom.IHtmlDocument page, string table) =>
        [.. page.QuerySelectorAll($"[data-testid={table}] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())];

    [Fact]
    public async Task An_admin_uploads_an_xlsx_previews_it_and_commits_and_the_rows_are_recorded()
    {
        var code = await portal.AddDirectoryEntryAsync("05-01");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var file = ImportFiles.Xlsx(
        [
            ImportFiles.Publication("区民政局", "甲导入：城乡低保资金发放情况公示", "2022-07-05", "https://www.hsg.gov.cn/mzj/1.html", category: "财政信息", code: code),
            ImportFiles.Publication("财政局", "甲导入：2022年上半年预算执行情况", new DateTime(2022, 7, 20), channel: "政府网站栏目", interpret: "是", category: "政策文件"),
            ImportFiles.Publication("花湖 街道", "甲导入：花湖街道七月工作动态", "2022年7月28日", channel: "微信公众号"),
        ]);

        var preview = await UploadOkAsync(admin, "七月.xlsx", file);
        var page = await admin.GetPageAsync(preview);
        Assert.Contains("共读取 3 行数据：可导入 3 条，重复跳过 0 条，错误 0 处。", page.QuerySelector("[data-testid=import-summary]")!.TextContent, StringComparison.Ordinal);
        var sample = Rows(page, "import-sample");
        Assert.Equal(["2", "3", "4"], sample.Select(r => r[0]));
        Assert.Equal(["区民政局", "区财政局", "花湖街道"], sample.Select(r => r[1]));
        Assert.Equal("确认导入（3 条）", page.QuerySelector("[data-testid=commit-form] button")!.TextContent.Trim());
        Assert.Empty(await PublicationsAsync("甲导入"));

        var committed = await admin.CommitAsync(preview);
        committed.IsRedirectTo(Page);
        Assert.Contains("导入完成：新增 3 条，跳过重复 0 条。", (await admin.GetPageAsync(Page)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        var rows = await PublicationsAsync("甲导入");
        Assert.Equal(["区民政局", "区财政局", "花湖街道"], rows.Select(p => p.Unit!.Name));
        Assert.Equal([new DateOnly(2022, 7, 5), new DateOnly(2022, 7, 20), new DateOnly(2022, 7, 28)], rows.Select(p => p.PublishedOn));
        Assert.Equal([PublicationChannel.DisclosurePlatform, PublicationChannel.GovernmentWebsiteColumn, PublicationChannel.WeChat], rows.Select(p => p.Channel));
        Assert.Equal([PublicationCategory.Finance, PublicationCategory.PolicyDocument, PublicationCategory.Other], rows.Select(p => p.Category));
        Assert.Equal([false, true, false], rows.Select(p => p.NeedsInterpretation));
        Assert.NotNull(rows[0].DirectoryEntryId);
        Assert.All(rows, p => Assert.Equal(("admin", PublicationStatus.Published), (p.RecordedBy, p.Status)));

        var batch = await portal.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.Id == rows[0].ImportBatchId));
        Assert.Equal(("publications", "七月.xlsx", 3, 0, (int?)null, "admin"), (batch.Kind, batch.FileName, batch.Added, batch.Duplicates, batch.UnitId, batch.ImportedBy));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file)), batch.FileHash);
        Assert.All(rows, p => Assert.Equal(batch.Id, p.ImportBatchId));
    }

    [Fact]
    public async Task A_GB18030_csv_as_Chinese_Excel_saves_it_is_imported()
    {
        using var huahu = portal.CreatePortalClient();
        await huahu.LogInOkAsync("huahu");

        await ImportOkAsync(huahu, "花湖.csv", ImportFiles.Gb18030Csv(
            "花湖街道,乙国标：关于𠮷祥社区“双减”工作的通知,2022/8/1,,,通知公告,,否",
            "花湖,乙国标：花湖街道八月工作动态,2022-08-02,信息公开平台,http://www.hsg.gov.cn/hh/2.html,工作动态,,"));

        var rows = await PublicationsAsync("乙国标");
        Assert.Equal(["乙国标：关于𠮷祥社区“双减”工作的通知", "乙国标：花湖街道八月工作动态"], rows.Select(p => p.Title));
        Assert.All(rows, p => Assert.Equal("花湖街道", p.Unit!.Name));
        var batch = await portal.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.Id == rows[0].ImportBatchId));
        Assert.Equal((rows[0].UnitId, "huahu"), (batch.UnitId!.Value, batch.ImportedBy));
    }

    [Fact]
    public async Task A_UTF8_csv_with_a_BOM_is_imported()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        await ImportOkAsync(admin, "utf8.csv", ImportFiles.Utf8BomCsv(
            "区统计局,\"丙统计：2022年7月主要经济指标，含说明\",2022-07-15,,,统计数据,,"));

        var row = Assert.Single(await PublicationsAsync("丙统计"));
        Assert.Equal(("丙统计：2022年7月主要经济指标，含说明", "区统计局", PublicationCategory.Statistics), (row.Title, row.Unit!.Name, row.Category));
    }

    [Fact]
    public async Task An_ISO_timestamp_is_stored_as_its_date_in_China()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        await ImportOkAsync(admin, "timestamps.csv", ImportFiles.Utf8BomCsv(
            "区商务局,丁时区：九月最后一晚发布的公告,2022-09-30T16:30:00Z,,,,,",
            "区商务局,丁时区：北京时间九月三十日晚,2022-09-30T23:30:00+08:00,,,,,"));

        var rows = await PublicationsAsync("丁时区");
        Assert.Equal([new DateOnly(2022, 10, 1), new DateOnly(2022, 9, 30)], rows.Select(p => p.PublishedOn));
    }

    [Fact]
    public async Task Every_kind_of_bad_row_is_listed_with_its_row_number_and_nothing_is_imported()
    {
        await portal.AddDirectoryEntryAsync("05-01");
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var file = ImportFiles.Utf8BomCsv(
            "区财政局,,2022-07-05,,,,,",                                   // 2: no title
            "区财政局,戊错误：日期不对,2022-13-45,,,,,",                     // 3: impossible date
            "区不存在局,戊错误：单位不存在,2022-07-05,,,,,",                  // 4: unknown unit
            "区财政局,戊错误：目录编码不存在,2022-07-05,,,,99-99,",          // 5: unknown directory code
            "区财政局,戊错误：渠道,2022-07-05,抖音,,,,",                      // 6: unknown channel
            "区财政局,戊错误：链接,2022-07-05,,ftp://files.hsg.gov.cn/a,,,", // 7: not a web address
            "区财政局,戊错误：类别,2022-07-05,,,新闻,,",                      // 8: unknown category
            "区财政局,戊错误：需解读,2022-07-05,,,,,也许",                    // 9: neither 是 nor 否
            $"区财政局,戊错误：未来,{tomorrow},,,,,",                        // 10: after today
            "区财政局,戊错误：这一行本身没有问题,2022-07-05,,,,05-01,是",      // 11: fine
            ",戊错误：单位为空且日期为空,,,,,,");                              // 12: two errors in one row

        var preview = await UploadOkAsync(admin, "bad.csv", file);
        var page = await admin.GetPageAsync(preview);

        var errors = Rows(page, "import-errors");
        Assert.Equal(["2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "12"], errors.Select(e => e[0]));
        Assert.Equal(["标题", "发布日期", "单位", "目录编码", "发布渠道", "链接", "信息类别", "需解读", "发布日期", "单位", "发布日期"], errors.Select(e => e[1]));
        Assert.Equal("标题不能为空。", errors[0][2]);
        Assert.StartsWith("发布日期“2022-13-45”无法识别", errors[1][2], StringComparison.Ordinal);
        Assert.StartsWith("单位“区不存在局”不存在", errors[2][2], StringComparison.Ordinal);
        Assert.StartsWith("目录编码“99-99”不存在", errors[3][2], StringComparison.Ordinal);
        Assert.StartsWith("发布渠道“抖音”不在可选范围内", errors[4][2], StringComparison.Ordinal);
        Assert.StartsWith("链接“ftp://files.hsg.gov.cn/a”不是有效的网址", errors[5][2], StringComparison.Ordinal);
        Assert.StartsWith("信息类别“新闻”不在可选范围内", errors[6][2], StringComparison.Ordinal);
        Assert.StartsWith("需解读“也许”无法识别", errors[7][2], StringComparison.Ordinal);
        Assert.Contains("晚于今天", errors[8][2], StringComparison.Ordinal);
        Assert.Contains("文件中有 11 处错误", page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=commit-form]"));

        // Even a commit posted by hand for this upload adds nothing.
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forced = await admin.Http.PostAsync(preview.Replace("?id=", "?handler=Commit&id=", StringComparison.Ordinal), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
        Assert.Equal(11, Rows(await PortalClient.ParseAsync(forced), "import-errors").Count);
        Assert.Empty(await PublicationsAsync("戊错误"));
    }

    [Fact]
    public async Task A_file_without_a_required_column_says_so_and_offers_no_commit()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var preview = await UploadOkAsync(admin, "no-date.csv", ImportFiles.Utf8Csv("单位,标题", "区财政局,己缺列：没有日期列"));

        var page = await admin.GetPageAsync(preview);
        Assert.Contains("缺少必填列“发布日期”", page.QuerySelector("[data-testid=import-file-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=commit-form]"));
    }

    [Fact]
    public async Task Duplicates_within_the_file_and_of_recorded_items_are_skipped_and_listed()
    {
        var units = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "沈家营街道").Select(u => u.Id).SingleAsync());
        await portal.WithDbAsync(async db =>
        {
            db.Publications.Add(new Publication { UnitId = units, Title = "庚重复：已录入的公告", PublishedOn = new(2022, 8, 1), Url = "https://www.hsg.gov.cn/sjy/1.html", RecordedBy = "seed", Status = PublicationStatus.Published });
            var withdrawn = new Publication { UnitId = units, Title = "庚重复：已撤回的公告", PublishedOn = new(2022, 8, 2), RecordedBy = "seed", Status = PublicationStatus.Published };
            withdrawn.Withdraw("错发", DateTime.UtcNow);
            db.Publications.Add(withdrawn);
            return await db.SaveChangesAsync();
        });
        using var liaison = portal.CreatePortalClient();
        await liaison.LogInOkAsync("shenjiaying");

        var preview = await UploadOkAsync(liaison, "dups.csv", ImportFiles.Utf8BomCsv(
            "沈家营街道,庚重复：换了标题但链接相同,2022-08-09,,HTTPS://WWW.HSG.GOV.CN:443/sjy/1.html,,,", // 2: same link as recorded
            "沈家营,庚重复：已录入的公告,2022年8月1日,,,,,",                                            // 3: same title and date as recorded
            "沈家营街道,庚重复：新的公告,2022-08-03,,https://www.hsg.gov.cn/sjy/3.html,,,",             // 4: new
            "沈家营街道,庚重复：新的公告（转载）,2022-08-04,,https://www.hsg.gov.cn/sjy/3.html,,,",      // 5: repeats row 4's link
            "沈家营街道,庚重复：已撤回的公告,2022-08-02,,,,,"));                                        // 6: the recorded one was withdrawn: new

        var page = await liaison.GetPageAsync(preview);
        var duplicates = Rows(page, "import-duplicates");
        Assert.Equal(["2", "3", "5"], duplicates.Select(d => d[0]));
        Assert.Equal("已录入过（同一单位、同一链接，发布日期 2022-08-01），不再重复导入。", duplicates[0][1]);
        Assert.Equal("已录入过（同一单位、同一标题和发布日期），不再重复导入。", duplicates[1][1]);
        Assert.Equal("与第 4 行重复（同一单位、同一链接）。", duplicates[2][1]);
        Assert.Equal(["4", "6"], Rows(page, "import-sample").Select(r => r[0]));

        (await liaison.CommitAsync(preview)).IsRedirectTo(Page);
        var titles = (await PublicationsAsync("庚重复")).Select(p => p.Title).ToList();
        Assert.Equal(["庚重复：已录入的公告", "庚重复：已撤回的公告", "庚重复：新的公告", "庚重复：已撤回的公告"], titles);
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var file = ImportFiles.Xlsx(
        [
            ImportFiles.Publication("区司法局", "辛再导：法律援助工作动态", "2022-07-11", "https://www.hsg.gov.cn/sfj/1.html"),
            ImportFiles.Publication("区司法局", "辛再导：人民调解工作动态", "2022-07-12"),
        ]);
        await ImportOkAsync(admin, "again.xlsx", file);

        var preview = await UploadOkAsync(admin, "again.xlsx", file);
        var page = await admin.GetPageAsync(preview);

        Assert.NotNull(page.QuerySelector("[data-testid=import-nothing-new]"));
        Assert.Equal(["2", "3"], Rows(page, "import-duplicates").Select(d => d[0]));
        Assert.Null(page.QuerySelector("[data-testid=commit-form]"));
        Assert.Equal(2, (await PublicationsAsync("辛再导")).Count);
    }

    [Fact]
    public async Task A_liaisons_file_naming_another_unit_is_refused_whole()
    {
        using var huahu = portal.CreatePortalClient();
        await huahu.LogInOkAsync("huahu");

        var preview = await UploadOkAsync(huahu, "two-units.csv", ImportFiles.Utf8BomCsv(
            "花湖街道,壬越权：本单位的信息,2022-08-05,,,,,",
            "沈家营街道,壬越权：别的单位的信息,2022-08-05,,,,,"));

        var page = await huahu.GetPageAsync(preview);
        var error = Assert.Single(Rows(page, "import-errors"));
        Assert.Equal(["3", "单位", "联络员只能导入本单位（花湖街道）的信息，不能导入“沈家营街道”的信息。"], error);
        Assert.Contains("您只能导入本单位（花湖街道）的信息。", page.QuerySelector(".alert-info")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=commit-form]"));
        Assert.Empty(await PublicationsAsync("壬越权"));
    }

    [Fact]
    public async Task A_liaison_can_neither_see_nor_commit_another_users_upload()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var preview = await UploadOkAsync(admin, "admins.csv", ImportFiles.Utf8BomCsv("花湖街道,癸他人：管理员上传的文件,2022-08-06,,,,,"));

        using var huahu = portal.CreatePortalClient();
        await huahu.LogInOkAsync("huahu");
        Assert.Equal(HttpStatusCode.NotFound, (await huahu.Http.GetAsync(preview)).StatusCode);
        var token = await huahu.AntiforgeryTokenAsync(Page);
        var commit = await huahu.Http.PostAsync(preview.Replace("?id=", "?handler=Commit&id=", StringComparison.Ordinal), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.NotFound, commit.StatusCode);
        Assert.Contains("找不到上传的文件", await commit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(await PublicationsAsync("癸他人"));
        // The admin's upload is untouched and still commits.
        (await admin.CommitAsync(preview)).IsRedirectTo(Page);
        Assert.Single(await PublicationsAsync("癸他人"));
    }

    [Fact]
    public async Task The_template_has_the_chinese_headers_and_a_liaisons_own_unit_and_imports_cleanly()
    {
        using var huahu = portal.CreatePortalClient();
        await huahu.LogInOkAsync("huahu");
        var home = await huahu.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("[data-testid=import-card] a[href='/Publications/Import']"));
        var href = (await huahu.GetPageAsync(Page)).QuerySelector("[data-testid=template-link]")!.GetAttribute("href")!;

        var response = await huahu.Http.GetAsync(href);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["单位", "标题", "发布日期", "发布渠道", "链接", "信息类别", "目录编码", "需解读"], rows[0].Values.Select(v => v?.ToString()));
        Assert.Equal(3, rows.Count);
        Assert.All(rows.Skip(1), r => Assert.Equal("花湖街道", r["A"]?.ToString()));

        var preview = await UploadOkAsync(huahu, "模板.xlsx", bytes);
        var page = await huahu.GetPageAsync(preview);
        Assert.Empty(Rows(page, "import-errors"));
        Assert.Equal(2, Rows(page, "import-sample").Count + Rows(page, "import-duplicates").Count);
    }

    [Fact]
    public async Task A_leader_cannot_import()
    {
        using var leader = portal.CreatePortalClient();
        await leader.LogInOkAsync("leader");

        (await leader.Http.GetAsync(Page)).IsRedirectTo("/Account/AccessDenied");
        Assert.Null((await leader.GetPageAsync("/")).QuerySelector("[data-testid=import-card]"));
    }
}
