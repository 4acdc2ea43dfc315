using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Tests.Publications.Imports;

public class ImportHeadersTests
{
    [Fact]
    public void The_Chinese_headers_find_every_column()
    {
        var map = ImportHeaders.MapPublications(["单位", "标题", "发布日期", "发布渠道", "链接", "信息类别", "目录编码", "需解读"]);

        Assert.True(map.IsValid);
        Assert.Equal(
            [0, 1, 2, 3, 4, 5, 6, 7],
            Enum.GetValues<PublicationColumn>().Select(c => map.IndexOf(c)));
        Assert.Empty(map.IgnoredHeaders);
    }

    [Fact]
    public void English_aliases_in_any_case_and_order_are_accepted()
    {
        var map = ImportHeaders.MapPublications(["URL", "Title", " published_on ", "UNIT", "needs_interpretation", "directoryCode", "Category", "channel"]);

        Assert.True(map.IsValid);
        Assert.Equal(3, map.IndexOf(PublicationColumn.Unit));
        Assert.Equal(1, map.IndexOf(PublicationColumn.Title));
        Assert.Equal(2, map.IndexOf(PublicationColumn.PublishedOn));
        Assert.Equal(7, map.IndexOf(PublicationColumn.Channel));
        Assert.Equal(0, map.IndexOf(PublicationColumn.Url));
        Assert.Equal(6, map.IndexOf(PublicationColumn.Category));
        Assert.Equal(5, map.IndexOf(PublicationColumn.DirectoryCode));
        Assert.Equal(4, map.IndexOf(PublicationColumn.NeedsInterpretation));
    }

    [Theory]
    [InlineData("publishedOn")]
    [InlineData("PublishedOn")]
    [InlineData("published_on")]
    [InlineData("Published On")]
    [InlineData("date")]
    [InlineData("发布日期*")]
    [InlineData("发布日期（必填）")]
    [InlineData("发布日期(yyyy-mm-dd)")]
    [InlineData(" 发布 日期 ")]
    public void The_date_column_has_several_spellings(string header)
    {
        var map = ImportHeaders.MapPublications(["单位", "标题", header]);

        Assert.True(map.IsValid);
        Assert.Equal(2, map.IndexOf(PublicationColumn.PublishedOn));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("url")]
    [InlineData("链接")]
    public void The_link_column_is_url_or_link(string header)
    {
        Assert.Equal(3, ImportHeaders.MapPublications(["单位", "标题", "发布日期", header]).IndexOf(PublicationColumn.Url));
    }

    [Fact]
    public void A_byte_order_mark_left_on_the_first_header_does_not_hide_it()
    {
        var map = ImportHeaders.MapPublications(["\uFEFF单位", "标题", "发布日期"]);

        Assert.True(map.IsValid);
        Assert.Equal(0, map.IndexOf(PublicationColumn.Unit));
    }

    [Fact]
    public void A_missing_required_column_is_named_in_the_error()
    {
        var map = ImportHeaders.MapPublications(["单位", "标题", "链接"]);

        Assert.False(map.IsValid);
        Assert.Equal(["缺少必填列“发布日期”。第一行应为表头：单位、标题、发布日期、发布渠道、链接、信息类别、目录编码、需解读。"], map.Errors);
    }

    [Fact]
    public void Every_missing_required_column_is_reported()
    {
        var map = ImportHeaders.MapPublications(["链接", "", "备注"]);

        Assert.Equal(3, map.Errors.Count);
        Assert.StartsWith("缺少必填列“单位”", map.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("缺少必填列“标题”", map.Errors[1], StringComparison.Ordinal);
        Assert.StartsWith("缺少必填列“发布日期”", map.Errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_given_twice_is_an_error()
    {
        var map = ImportHeaders.MapPublications(["单位", "标题", "发布日期", "title"]);

        Assert.Equal(["列“标题”出现了两次（第 2 列和第 4 列），请只保留一列。"], map.Errors);
    }

    [Fact]
    public void Unknown_headers_are_listed_and_their_cells_ignored()
    {
        var map = ImportHeaders.MapPublications(["序号", "单位", "标题", "发布日期", "备注"]);

        Assert.True(map.IsValid);
        Assert.Equal(["序号", "备注"], map.IgnoredHeaders);
        Assert.False(map.Has(PublicationColumn.Url));
    }

    [Fact]
    public void A_row_is_read_through_the_map_and_a_short_row_has_empty_cells()
    {
        var map = ImportHeaders.MapPublications(["序号", "单位", "标题", "发布日期", "链接"]);
        ImportCell[] cells = [new("1"), new("区财政局"), new("标题一"), new("2022-07-05", Number: null)];

        var row = PublicationImportRow.From(map, 2, cells);

        Assert.Equal(2, row.Row);
        Assert.Equal("区财政局", row.Unit);
        Assert.Equal("标题一", row.Title);
        Assert.Equal("2022-07-05", row.PublishedOn.Text);
        Assert.Equal("", row.Url);
        Assert.Equal("", row.Channel);
    }

    [Fact]
    public void The_unit_file_has_its_own_headers_and_aliases()
    {
        Assert.True(ImportHeaders.MapUnits(["单位名称", "简称", "类型"]).IsValid);

        var english = ImportHeaders.MapUnits(["Kind", "short_name", "name"]);
        Assert.Equal(2, english.IndexOf(UnitColumn.Name));
        Assert.Equal(1, english.IndexOf(UnitColumn.ShortName));
        Assert.Equal(0, english.IndexOf(UnitColumn.Kind));

        Assert.True(ImportHeaders.MapUnits(["shortName", "Name", "kind"]).IsValid);
    }

    [Fact]
    public void The_unit_file_needs_a_name_and_a_kind_but_not_a_short_name()
    {
        Assert.True(ImportHeaders.MapUnits(["单位名称", "类型"]).IsValid);

        var map = ImportHeaders.MapUnits(["简称"]);

        Assert.Equal(
            ["缺少必填列“单位名称”。第一行应为表头：单位名称、简称、类型。", "缺少必填列“类型”。第一行应为表头：单位名称、简称、类型。"],
            map.Errors);
    }
}
