using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HuangshigangDisclosure.Web.Startup;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests.Imports;

/// <summary>The largest file the import accepts, on a database of its own.</summary>
public class LargeImportTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const int Rows = 50_000;

    [Fact]
    public async Task A_workbook_of_50000_rows_imports_in_one_go()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var output = TestContext.Current.TestOutputHelper;
        var units = DemoData.Units.Select(u => u.ShortName).ToArray();
        var first = new DateOnly(2022, 1, 1);
        var watch = Stopwatch.StartNew();
        var file = ImportFiles.Xlsx(Enumerable.Range(0, Rows).Select(i => ImportFiles.Publication(
            units[i % units.Length],
            $"批量导入：第 {i} 条工作动态",
            first.AddDays(i % 365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            url: i % 2 == 0 ? $"https://www.hsg.gov.cn/xxgk/{i}.html" : null,
            category: "工作动态")));
        output?.WriteLine($"Generated {Rows:N0} rows: {file.Length / 1024:N0} KB in {watch.ElapsedMilliseconds:N0} ms.");
        var token = await portal.IssueTokenAsync("admin");
        using var client = portal.CreatePortalClient();

        watch.Restart();
        var preview = await client.Http.PostFileAsync("/api/v1/imports/publications?dryRun=true", "big.xlsx", file, token);
        output?.WriteLine($"Dry run: {watch.ElapsedMilliseconds:N0} ms.");
        watch.Restart();
        var response = await client.Http.PostFileAsync("/api/v1/imports/publications", "big.xlsx", file, token);
        output?.WriteLine($"Import: {watch.ElapsedMilliseconds:N0} ms.");
        watch.Restart();
        var again = await client.Http.PostFileAsync("/api/v1/imports/publications", "big.xlsx", file, token);
        output?.WriteLine($"Re-import (all duplicates): {watch.ElapsedMilliseconds:N0} ms.");

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation)).RootElement;
        Assert.Equal(Rows, json.GetProperty("added").GetInt32());
        Assert.Equal(Rows, await portal.WithDbAsync(db => db.Publications.CountAsync(p => p.Title.StartsWith("批量导入"), cancellation)));
        var twice = JsonDocument.Parse(await again.Content.ReadAsStringAsync(cancellation)).RootElement;
        Assert.Equal((0, Rows), (twice.GetProperty("added").GetInt32(), twice.GetProperty("duplicates").GetArrayLength()));
    }
}
