using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Tests.Publications.Imports;

public class PublicationDuplicatesTests
{
    private static ParsedPublication Item(int row, string unit = "区财政局", string title = "标题", string date = "2022-07-05", string? url = null) =>
        new(row, unit, title, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PublicationChannel.DisclosurePlatform, url, PublicationCategory.Other, null, false);

    [Fact]
    public void The_same_unit_and_link_is_a_duplicate_of_the_earlier_row()
    {
        var duplicates = PublicationDuplicates.Find(
        [
            Item(2, title: "第一次", url: "https://www.hsg.gov.cn/a.html"),
            Item(3, title: "改了标题", date: "2022-07-06", url: "https://www.hsg.gov.cn/a.html"),
        ]);

        Assert.Equal([new DuplicateRow(3, 2, "与第 2 行重复（同一单位、同一链接）。")], duplicates);
    }

    [Fact]
    public void Links_differing_only_in_the_case_of_scheme_and_host_are_the_same()
    {
        var duplicates = PublicationDuplicates.Find(
        [
            Item(2, title: "一", url: "https://www.hsg.gov.cn/a.html"),
            Item(3, title: "二", url: "HTTPS://WWW.HSG.GOV.CN:443/a.html"),
        ]);

        Assert.Equal(3, Assert.Single(duplicates).Row);
    }

    [Fact]
    public void The_same_unit_title_and_date_is_a_duplicate_even_with_other_links()
    {
        var duplicates = PublicationDuplicates.Find(
        [
            Item(2, url: "https://www.hsg.gov.cn/a.html"),
            Item(3),
            Item(4, url: "https://mp.weixin.qq.com/s/abc"),
        ]);

        Assert.Equal(
            [new DuplicateRow(3, 2, "与第 2 行重复（同一单位、同一标题和发布日期）。"), new DuplicateRow(4, 2, "与第 2 行重复（同一单位、同一标题和发布日期）。")],
            duplicates);
    }

    [Fact]
    public void Another_unit_another_date_or_another_title_is_not_a_duplicate()
    {
        var duplicates = PublicationDuplicates.Find(
        [
            Item(2, url: "https://www.hsg.gov.cn/a.html"),
            Item(3, unit: "胜阳港街道", url: "https://www.hsg.gov.cn/a.html"),
            Item(4, date: "2022-07-06"),
            Item(5, title: "另一个标题"),
            Item(6, url: "https://www.hsg.gov.cn/b.html", date: "2022-08-01"),
        ]);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void A_later_row_is_reported_against_the_row_that_is_kept()
    {
        // Row 3 repeats row 2 and is left out; row 4 shares row 3's link only, so it stays.
        var duplicates = PublicationDuplicates.Find(
        [
            Item(2, title: "甲", url: "https://x.gov.cn/1"),
            Item(3, title: "甲", url: "https://x.gov.cn/2"),
            Item(4, title: "乙", url: "https://x.gov.cn/2"),
            Item(5, title: "丙", url: "https://x.gov.cn/1"),
        ]);

        Assert.Equal([(3, 2), (5, 2)], duplicates.Select(d => (d.Row, d.DuplicateOfRow)));
    }

    [Fact]
    public void Units_can_be_compared_by_their_resolved_identity()
    {
        // "黄石港区财政局" and "区财政局" are one unit once names are resolved (to id 7 here).
        var ids = new Dictionary<string, int> { ["黄石港区财政局"] = 7, ["区财政局"] = 7 };

        var duplicates = PublicationDuplicates.Find([Item(2, unit: "黄石港区财政局"), Item(3, unit: "区财政局")], row => ids[row.Unit]);

        Assert.Equal(3, Assert.Single(duplicates).Row);
    }
}
