using System.Net;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Tests.Imports;

public class UnitsImportTests(ImportPortalFactory portal) : IClassFixture<ImportPortalFactory>
{
    private const string Page = "/Admin/UnitsImport";

    [Fact]
    public async Task An_admin_imports_units_from_a_workbook_and_existing_names_are_skipped()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var lastOrder = await portal.WithDbAsync(db => db.Units.MaxAsync(u => u.SortOrder));
        var file = ImportFiles.Xlsx(
        [
            new Dictionary<string, object?> { ["单位名称"] = "区机关事务服务中心", ["简称"] = "机关事务中心", ["类型"] = "区直部门" },
            new Dictionary<string, object?> { ["单位名称"] = "花湖街道", ["简称"] = "花湖", ["类型"] = "街道" },
            new Dictionary<string, object?> { ["单位名称"] = "黄石港工业园区", ["简称"] = "", ["类型"] = "管理区" },
        ]);

        var uploaded = await admin.UploadAsync(Page, "单位.xlsx", file);
        uploaded.IsRedirectTo(Page + "?id=");
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());
        Assert.Equal(["区机关事务服务中心", "黄石港工业园区"], preview.QuerySelectorAll("[data-testid=import-sample] tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()));
        var duplicate = preview.QuerySelector("[data-testid=import-duplicates] tbody tr")!;
        Assert.Equal("3已有单位“花湖街道”，不再重复导入。", duplicate.TextContent.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));

        (await admin.CommitAsync(uploaded.PathAndQuery())).IsRedirectTo("/Units");

        var added = await portal.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.SortOrder > lastOrder).OrderBy(u => u.SortOrder).ToListAsync());
        Assert.Equal(
            [("区机关事务服务中心", "机关事务中心", UnitKind.Department, lastOrder + 10), ("黄石港工业园区", "黄石港工业园区", UnitKind.ManagementZone, lastOrder + 20)],
            added.Select(u => (u.Name, u.ShortName, u.Kind, u.SortOrder)));
        Assert.Equal(1, await portal.WithDbAsync(db => db.Units.CountAsync(u => u.Name == "花湖街道")));
        var batch = await portal.WithDbAsync(db => db.ImportBatches.SingleAsync(b => b.Kind == "units"));
        Assert.Equal(("单位.xlsx", 2, 1), (batch.FileName, batch.Added, batch.Duplicates));
    }

    [Fact]
    public async Task A_bad_unit_row_stops_the_whole_file()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");

        var uploaded = await admin.UploadAsync(Page, "units.csv", ImportFiles.Utf8Csv("单位名称,简称,类型",
            "区新设机构甲,新甲,区直部门",
            "区新设机构乙,新乙,委员会",
            "区新设机构丙,新甲,区直部门"));
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());

        var errors = preview.QuerySelectorAll("[data-testid=import-errors] tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["3", "4"], errors);
        Assert.Null(preview.QuerySelector("[data-testid=commit-form]"));
        Assert.False(await portal.WithDbAsync(db => db.Units.AnyAsync(u => u.Name.StartsWith("区新设机构"))));
    }

    [Fact]
    public async Task The_units_template_reads_back_as_a_clean_import()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var units = await admin.GetPageAsync("/Units/Index");
        Assert.NotNull(units.QuerySelector($"a[href='{Page}']"));

        var bytes = await admin.Http.GetByteArrayAsync(Page + "?handler=Template", TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(bytes);
        var header = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First();
        Assert.Equal(["单位名称", "简称", "类型"], header.Values.Select(v => v?.ToString()));

        var uploaded = await admin.UploadAsync(Page, "模板.xlsx", bytes);
        var preview = await admin.GetPageAsync(uploaded.PathAndQuery());
        Assert.Empty(preview.QuerySelectorAll("[data-testid=import-errors] tbody tr"));
    }

    [Fact]
    public async Task A_liaison_cannot_import_units()
    {
        using var huahu = portal.CreatePortalClient();
        await huahu.LogInOkAsync("huahu");

        (await huahu.Http.GetAsync(Page)).IsRedirectTo("/Account/AccessDenied");
        Assert.Equal(HttpStatusCode.Redirect, (await huahu.Http.GetAsync(Page + "?handler=Template")).StatusCode);
    }
}
