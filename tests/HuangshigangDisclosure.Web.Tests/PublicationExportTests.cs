using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using CsvHelper;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// 导出 on the 公开信息 list: the file holds exactly the rows the list pages through (same filters, same order,
/// every page), read back as a spreadsheet would read it.
/// </summary>
public class PublicationExportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly string[] Header = ["发布日期", "标题", "所属单位", "发布渠道", "信息类别", "目录编码", "链接", "需解读", "状态", "录入人", "录入时间"];

    private Task<int> UnitIdAsync(string name) =>
        portal.WithDbAsync(db => db.Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync());

    private async Task<PortalClient> LoggedInAsync(string userName)
    {
        var client = portal.CreatePortalClient();
        await client.LogInOkAsync(userName);
        return client;
    }

    /// <summary>The list's "共 N 条" and every row of every page: (date as shown, title, unit).</summary>
    private static async Task<(int Total, List<(string Date, string Title, string Unit)> Rows)> ListAsync(PortalClient client, string query)
    {
        var first = await client.GetPageAsync("/Publications/Index?" + query);
        var total = Total(first);
        var rows = Rows(first);
        for (var page = 2; rows.Count < total; page++)
        {
            rows.AddRange(Rows(await client.GetPageAsync($"/Publications/Index?{query}&p={page}")));
        }

        return (total, rows);
    }

    /// <summary>The list's "共 N 条".</summary>
    internal static int Total(IHtmlDocument page) =>
        int.Parse(new string([.. page.QuerySelector("[data-testid=match-count]")!.TextContent.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);

    private static List<(string, string, string)> Rows(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=publications-table] tbody tr").Select(tr =>
            (tr.Children[0].TextContent.Trim(), tr.Children[1].QuerySelector("a")!.TextContent.Trim(), tr.Children[2].TextContent.Trim()))];

    private static async Task<(HttpResponseMessage Response, byte[] Bytes)> DownloadAsync(PortalClient client, string query)
    {
        var response = await client.Http.GetAsync("/Publications/Index?handler=Export&" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The CSV's records after the header, each as its 11 fields; the header is checked on the way.</summary>
    private static List<string[]> CsvRecords(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        using var reader = CsvReader.Create(bytes);
        Assert.Equal(Header, reader.Headers);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    /// <summary>yyyy-MM-dd as the list shows it (2022年7月5日).</summary>
    private static string Shown(string isoDate)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{date.Year}年{date.Month}月{date.Day}日";
    }

    [Fact]
    public async Task The_csv_of_a_units_quarter_holds_exactly_the_rows_the_list_shows_in_its_order()
    {
        var unit = await UnitIdAsync("区财政局");
        using var admin = await LoggedInAsync("admin");
        var query = $"unit={unit}&quarter=2022Q3";

        var (total, listed) = await ListAsync(admin, query);
        var (response, bytes) = await DownloadAsync(admin, query + "&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("公开信息_区财政局_2022Q3.csv", response.Content.Headers.ContentDisposition.FileNameStar);
        var records = CsvRecords(bytes);
        Assert.True(total >= 35, $"区财政局 counts 35 items in 2022Q3; the list shows {total}");
        Assert.Equal(total, records.Count);
        Assert.Equal(listed, records.Select(r => (Shown(r[0]), r[1], r[2])));

        // A few values against the database: the newest item, field by field.
        var newest = await portal.WithDbAsync(db => db.Publications
            .Where(p => p.UnitId == unit && p.PublishedOn >= new DateOnly(2022, 7, 1) && p.PublishedOn <= new DateOnly(2022, 9, 30))
            .OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
            .Select(p => new { p.PublishedOn, p.Title, p.Channel, p.Category, p.Url, p.NeedsInterpretation, p.Status, p.RecordedBy, Code = p.DirectoryEntry == null ? "" : p.DirectoryEntry.Code })
            .FirstAsync());
        var first = records[0];
        Assert.Equal(newest.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), first[0]);
        Assert.Equal(newest.Title, first[1]);
        Assert.Equal("区财政局", first[2]);
        Assert.Equal(newest.Channel.ChineseName(), first[3]);
        Assert.Equal(newest.Category.ChineseName(), first[4]);
        Assert.Equal(newest.Code, first[5]);
        Assert.Equal(newest.Url ?? "", first[6]);
        Assert.Equal(newest.NeedsInterpretation ? "是" : "否", first[7]);
        Assert.Equal(newest.Status == PublicationStatus.Withdrawn ? "已撤回" : "已发布", first[8]);
        Assert.Equal(newest.RecordedBy, first[9]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", first[10]);
        Assert.Contains(records, r => r[5].Length > 0);
    }

    [Fact]
    public async Task The_export_takes_every_page_of_the_list_not_only_the_one_shown()
    {
        using var leader = await LoggedInAsync("leader");
        var first = await leader.GetPageAsync("/Publications/Index?quarter=2022Q3&p=2");
        var total = Total(first);
        Assert.True(total > 2 * 50, $"the district's quarter spans several pages ({total} items)");

        var records = CsvRecords((await DownloadAsync(leader, "quarter=2022Q3&p=2")).Bytes);

        Assert.Equal(total, records.Count);
        Assert.Equal(Rows(first), records.Skip(50).Take(50).Select(r => (Shown(r[0]), r[1], r[2])));
    }

    [Theory]
    [InlineData("quarter=2022Q3&channel=WeChat", 3, "微信公众号")]
    [InlineData("quarter=2022Q3&category=PolicyDocument", 4, "政策文件")]
    [InlineData("month=2022-08&status=published", 8, "已发布")]
    [InlineData("quarter=2022Q3&status=withdrawn", 8, "已撤回")]
    public async Task Each_filter_of_the_list_holds_in_the_export(string query, int column, string everyValue)
    {
        using var admin = await LoggedInAsync("admin");

        var total = Total(await admin.GetPageAsync("/Publications/Index?" + query));
        var records = CsvRecords((await DownloadAsync(admin, query)).Bytes);

        Assert.NotEmpty(records);
        Assert.Equal(total, records.Count);
        Assert.All(records, r => Assert.Equal(everyValue, r[column]));
        if (query.StartsWith("month=", StringComparison.Ordinal))
        {
            Assert.All(records, r => Assert.StartsWith("2022-08-", r[0], StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_title_words_the_directory_code_and_the_sort_order_hold_in_the_export()
    {
        var code = await portal.WithDbAsync(db => db.Publications.Where(p => p.DirectoryEntry != null)
            .GroupBy(p => p.DirectoryEntry!.Code).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync());
        using var admin = await LoggedInAsync("admin");

        foreach (var query in new[] { $"entry={code}&sort=title&dir=asc", "q=关于 通知&sort=unit&dir=asc", "quarter=2022Q3&unit=&sort=recorded&dir=desc" })
        {
            var (total, listed) = await ListAsync(admin, query);
            var records = CsvRecords((await DownloadAsync(admin, query)).Bytes);

            Assert.True(total > 0, query);
            Assert.Equal(listed, records.Select(r => (Shown(r[0]), r[1], r[2])));
        }
    }

    [Fact]
    public async Task A_liaison_exports_only_their_own_unit_even_when_the_query_names_another()
    {
        var other = await UnitIdAsync("区财政局");
        using var liaison = await LoggedInAsync("mzj");
        var own = Total(await liaison.GetPageAsync("/Publications/Index?quarter=2022Q3"));

        foreach (var query in new[] { $"unit={other}&quarter=2022Q3", $"quarter=2022Q3&unit={other}&unit={other}", "quarter=2022Q3&unit=", "quarter=2022Q3&unit=abc" })
        {
            var (response, bytes) = await DownloadAsync(liaison, query + "&format=csv");
            var records = CsvRecords(bytes);

            Assert.Equal(own, records.Count);
            Assert.All(records, r => Assert.Equal("区民政局", r[2]));
            Assert.Equal("公开信息_区民政局_2022Q3.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        }

        var xlsx = await DownloadAsync(liaison, $"unit={other}&quarter=2022Q3&format=xlsx");
        var rows = XlsxRows(xlsx.Bytes);
        Assert.Equal(own, rows.Count);
        Assert.All(rows, r => Assert.Equal("区民政局", r["所属单位"]));
    }

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_both_files()
    {
        await portal.WithDbAsync(async db =>
        {
            var unit = await db.Units.Where(u => u.Name == "区民政局").Select(u => u.Id).SingleAsync();
            foreach (var (title, day) in new[] { ("=HYPERLINK(\"http://example.com\",\"点击\")", 1), ("@SUM(1+1)", 2), ("-2+3 公式", 3), ("+86 公式", 4) })
            {
                db.Publications.Add(new Publication
                {
                    UnitId = unit,
                    Title = title,
                    PublishedOn = new DateOnly(2021, 3, day),
                    RecordedBy = "=cmd|' /C calc'!A0",
                    RecordedAtUtc = new DateTime(2021, 3, 5, 2, 0, 0, DateTimeKind.Utc),
                });
            }

            return await db.SaveChangesAsync();
        });
        using var admin = await LoggedInAsync("admin");

        var (_, bytes) = await DownloadAsync(admin, "month=2021-03&sort=date&dir=asc");
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var records = CsvRecords(bytes);
        var xlsx = XlsxRows((await DownloadAsync(admin, "month=2021-03&sort=date&dir=asc&format=xlsx")).Bytes);

        Assert.StartsWith("2021-03-01,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\",区民政局,", lines[1], StringComparison.Ordinal);
        string[] expected = ["'=HYPERLINK(\"http://example.com\",\"点击\")", "'@SUM(1+1)", "'-2+3 公式", "'+86 公式"];
        Assert.Equal(expected, records.Select(r => r[1]));
        Assert.All(records, r => Assert.Equal("'=cmd|' /C calc'!A0", r[9]));
        Assert.Equal(expected, xlsx.Select(r => (string?)r["标题"]));
        Assert.All(xlsx, r => Assert.Equal("'=cmd|' /C calc'!A0", r["录入人"]));
    }

    [Fact]
    public async Task The_excel_file_holds_the_same_rows_and_columns_as_the_csv()
    {
        var unit = await UnitIdAsync("沈家营街道");
        using var admin = await LoggedInAsync("admin");
        var query = $"unit={unit}&quarter=2022Q3";

        var (response, bytes) = await DownloadAsync(admin, query + "&format=xlsx");
        var csv = CsvRecords((await DownloadAsync(admin, query)).Bytes);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("公开信息_沈家营街道_2022Q3.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = XlsxRows(bytes);
        Assert.Equal(Header, rows[0].Keys);
        Assert.Equal(csv.Select(r => string.Join('|', r)), rows.Select(r => string.Join('|', r.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public async Task An_unknown_format_is_not_found_and_the_list_offers_both_exports_with_its_filters()
    {
        using var admin = await LoggedInAsync("admin");

        var response = await admin.Http.GetAsync("/Publications/Index?handler=Export&format=pdf");
        var page = await admin.GetPageAsync("/Publications/Index?quarter=2022Q3&channel=WeChat&sort=title&dir=asc&p=2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var csv = page.QuerySelector("[data-testid=export-csv]")!.GetAttribute("href")!;
        var xlsx = page.QuerySelector("[data-testid=export-xlsx]")!.GetAttribute("href")!;
        Assert.Equal("/Publications?quarter=2022Q3&channel=WeChat&sort=title&dir=asc&handler=Export&format=csv", csv);
        Assert.Equal("/Publications?quarter=2022Q3&channel=WeChat&sort=title&dir=asc&handler=Export&format=xlsx", xlsx);
        Assert.Equal("导出 CSV", page.QuerySelector("[data-testid=export-csv]")!.TextContent.Trim());
    }

    internal static List<IDictionary<string, object?>> XlsxRows(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }
}

/// <summary>Above the Excel limit the list says so and points to the CSV, which still takes every row.</summary>
public class PublicationExcelLimitTests(PublicationExcelLimitTests.SmallLimitPortal portal) : IClassFixture<PublicationExcelLimitTests.SmallLimitPortal>
{
    public sealed class SmallLimitPortal : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Export:ExcelMaxRows"] = "20" };
    }

    [Fact]
    public async Task An_excel_export_above_the_limit_shows_the_list_with_a_message_pointing_to_the_csv()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var response = await admin.Http.GetAsync("/Publications/Index?handler=Export&format=xlsx&quarter=2022Q3");
        var page = await PortalClient.ParseAsync(response);
        var csv = await admin.Http.GetAsync("/Publications/Index?handler=Export&format=csv&quarter=2022Q3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var total = PublicationExportTests.Total(page);
        var message = page.QuerySelector("[data-testid=export-problem]")!.TextContent.Trim();
        Assert.Equal($"符合条件的信息共 {total.ToString("N0", CultureInfo.GetCultureInfo("zh-CN"))} 条，超过 Excel 导出上限（20 条）。请改用“导出 CSV”（不限条数，可用 Excel 打开），或缩小筛选范围后再导出 Excel。", message);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);

        Assert.Equal(total + 1, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // Narrowed to one street's published items, the Excel file comes.
        var street = await portal.WithDbAsync(db => db.Units.Where(u => u.Name == "花湖街道").Select(u => u.Id).SingleAsync());
        var narrowed = $"quarter=2022Q3&unit={street}&status=published";
        var shown = PublicationExportTests.Total(await admin.GetPageAsync("/Publications/Index?" + narrowed));
        Assert.InRange(shown, 1, 20);
        var small = await admin.Http.GetAsync("/Publications/Index?handler=Export&format=xlsx&" + narrowed);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", small.Content.Headers.ContentType!.MediaType);
        Assert.Equal(shown, PublicationExportTests.XlsxRows(await small.Content.ReadAsByteArrayAsync()).Count);
    }
}
