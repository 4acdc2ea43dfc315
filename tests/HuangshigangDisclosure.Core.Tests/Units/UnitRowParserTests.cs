using HuangshigangDisclosure.Core.Publications.Imports;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Core.Units.Imports;

namespace HuangshigangDisclosure.Core.Tests.Units;

public class UnitRowParserTests
{
    [Theory]
    [InlineData("区直部门", UnitKind.Department)]
    [InlineData("街道", UnitKind.Street)]
    [InlineData("街道办事处", UnitKind.Street)]
    [InlineData("管理区", UnitKind.ManagementZone)]
    [InlineData("其他", UnitKind.Other)]
    [InlineData("ManagementZone", UnitKind.ManagementZone)]
    public void The_kind_is_read_by_its_Chinese_name(string kind, UnitKind expected)
    {
        var result = UnitRowParser.Parse(new UnitImportRow(2) { Name = "黄石港区财政局", ShortName = "区财政局", Kind = kind });

        Assert.Equal(new ParsedUnit(2, "黄石港区财政局", "区财政局", expected), result.Value);
    }

    [Fact]
    public void A_missing_short_name_is_the_name()
    {
        var result = UnitRowParser.Parse(new UnitImportRow(3) { Name = " 胜阳港街道 ", Kind = "街道" });

        Assert.Equal(new ParsedUnit(3, "胜阳港街道", "胜阳港街道", UnitKind.Street), result.Value);
    }

    [Fact]
    public void The_kind_has_no_default_because_it_decides_the_quota()
    {
        var result = UnitRowParser.Parse(new UnitImportRow(4) { Name = "胜阳港街道" });

        Assert.Equal([new RowError(4, "类型", "类型不能为空（可选：区直部门、街道、管理区、其他）。")], result.Errors);
    }

    [Fact]
    public void Bad_values_are_each_reported()
    {
        var result = UnitRowParser.Parse(new UnitImportRow(5) { Name = new string('单', 101), Kind = "乡镇" });

        Assert.Equal(
            [
                new RowError(5, "单位名称", "单位名称不能超过 100 个字。"),
                new RowError(5, "简称", "单位名称超过 50 个字时须填写简称。"),
                new RowError(5, "类型", "类型“乡镇”不在可选范围内（可选：区直部门、街道、管理区、其他）。"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_unit_row_is_read_through_the_header_map()
    {
        var map = ImportHeaders.MapUnits(["类型", "单位名称"]);

        var row = UnitImportRow.From(map, 2, [new ImportCell("管理区"), new ImportCell("黄石港工业管理区")]);

        Assert.Equal(new UnitImportRow(2) { Name = "黄石港工业管理区", ShortName = "", Kind = "管理区" }, row);
    }
}
