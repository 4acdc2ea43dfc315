using System.Net;
using System.Text;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Reports;

/// <summary>The dashboard's table as .xlsx and .csv (design §4), read back as a person's spreadsheet would.</summary>
public class ScoreExportTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Export = "/Reports?handler=Export&q=2022Q3";

    internal static async Task<HttpResponseMessage> DownloadAsync(PortalFactory portal, string url)
    {
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("leader");
        var response = await client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    internal static async Task<List<IDictionary<string, object?>>> XlsxRowsAsync(HttpResponseMessage response)
    {
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    internal static async Task<string[]> CsvLinesAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task The_excel_file_holds_every_unit_with_the_seed_figures()
    {
        var response = await DownloadAsync(portal, Export + "&format=xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2022年第三季度考核.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        var rows = await XlsxRowsAsync(response);
        Assert.Equal(25, rows.Count);
        Assert.Equal(["单位", "单位类型", "7月", "8月", "9月", "合计", "季度指标", "达标", "月度达标", "最长连续未更新天数", "突击更新", "政策解读", "目录覆盖率", "新媒体（沉睡/未备案）", "得分", "排名"], rows[0].Keys);
        Assert.Equal(1155, rows.Sum(r => Convert.ToInt32(r["合计"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["沈家营街道"], rows.Where(r => (string?)r["达标"] == "达标").Select(r => (string?)r["单位"]));
        var street = rows.Single(r => (string?)r["单位"] == "黄石港街道");
        Assert.Equal((7d, 12d, 46d, "督办后突击"), (Convert.ToDouble(street["合计"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(street["季度指标"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(street["最长连续未更新天数"], System.Globalization.CultureInfo.InvariantCulture), (string?)street["突击更新"]));
    }

    [Fact]
    public async Task The_csv_file_starts_with_the_utf8_byte_order_mark_and_holds_every_unit()
    {
        var response = await DownloadAsync(portal, Export + "&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2022年第三季度考核.csv", response.Content.Headers.ContentDisposition!.FileNameStar);
        var lines = await CsvLinesAsync(response);
        Assert.StartsWith("单位,单位类型,7月,8月,9月,合计,季度指标,达标,", lines[0], StringComparison.Ordinal);
        Assert.Equal(26, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("沈家营街道,街道,4,4,4,12,12,达标,3/3,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_exports_keep_the_kind_filter()
    {
        var csv = await CsvLinesAsync(await DownloadAsync(portal, Export + "&format=csv&kind=Street"));
        var xlsx = await XlsxRowsAsync(await DownloadAsync(portal, Export + "&format=xlsx&kind=Street"));

        string[] streets = ["花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"];
        Assert.Equal(streets, csv.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(streets, xlsx.Select(r => (string?)r["单位"]));
        var response = await DownloadAsync(portal, Export + "&format=xlsx&kind=Street");
        Assert.Equal("2022年第三季度考核（街道）.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
    }
}

/// <summary>CSV injection: a unit named like a formula is written as text. A database of its own, as it adds units.</summary>
public class ScoreExportInjectionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_unit_name_that_looks_like_a_formula_is_neutralised_in_both_files()
    {
        await portal.WithDbAsync(async db =>
        {
            db.Units.Add(new Unit { Name = "=HYPERLINK(\"http://example.com\",\"点击\")", ShortName = "公式一", Kind = UnitKind.Department, SortOrder = 990 });
            db.Units.Add(new Unit { Name = "@SUM(1+1)", ShortName = "公式二", Kind = UnitKind.Department, SortOrder = 991 });
            db.Units.Add(new Unit { Name = "-2+3", ShortName = "公式三", Kind = UnitKind.Department, SortOrder = 992 });
            return await db.SaveChangesAsync();
        });

        var csv = await ScoreExportTests.CsvLinesAsync(await ScoreExportTests.DownloadAsync(portal, "/Reports?handler=Export&q=2022Q3&format=csv&kind=Department"));
        var xlsx = await ScoreExportTests.XlsxRowsAsync(await ScoreExportTests.DownloadAsync(portal, "/Reports?handler=Export&q=2022Q3&format=xlsx&kind=Department"));

        Assert.Contains(csv, l => l.StartsWith("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\",区直部门,", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("'@SUM(1+1),", StringComparison.Ordinal) || l.StartsWith("\"'@SUM(1+1)\",", StringComparison.Ordinal));
        Assert.Contains(csv, l => l.StartsWith("'-2+3,", StringComparison.Ordinal) || l.StartsWith("\"'-2+3\",", StringComparison.Ordinal));
        var names = xlsx.Select(r => (string?)r["单位"]).ToList();
        Assert.Contains("'=HYPERLINK(\"http://example.com\",\"点击\")", names);
        Assert.Contains("'@SUM(1+1)", names);
        Assert.Contains("'-2+3", names);
        Assert.DoesNotContain(names, n => n is ['=' or '+' or '-' or '@', ..]);
    }
}
