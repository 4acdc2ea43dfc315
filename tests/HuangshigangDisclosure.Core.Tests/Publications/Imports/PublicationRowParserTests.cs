using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Tests.Publications.Imports;

public class PublicationRowParserTests
{
    private static readonly DateOnly Today = new(2022, 10, 21);

    private static PublicationImportRow Row(string publishedOn = "2022-07-05") => new(5)
    {
        Unit = "区财政局",
        Title = "关于2022年第二季度财政预算执行情况的公告",
        PublishedOn = new ImportCell(publishedOn),
    };

    private static RowError SingleError(PublicationImportRow row, DateOnly? today = null)
    {
        var result = PublicationRowParser.Parse(row, today ?? Today);
        Assert.False(result.IsValid);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void A_row_with_only_the_required_columns_gets_the_defaults()
    {
        var result = PublicationRowParser.Parse(Row(), Today);

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        Assert.Equal(
            new ParsedPublication(5, "区财政局", "关于2022年第二季度财政预算执行情况的公告", new DateOnly(2022, 7, 5),
                PublicationChannel.DisclosurePlatform, null, PublicationCategory.Other, null, false),
            result.Value);
    }

    [Fact]
    public void A_complete_row_is_read_into_typed_values()
    {
        var row = Row() with
        {
            Unit = "  区财政局 ",
            Title = " 关于印发  《黄石港区\n财政管理办法》的通知 ",
            Channel = "政府网站栏目",
            Url = " https://www.hsg.gov.cn/xxgk/202207/t20220705_1.html ",
            Category = "政策文件",
            DirectoryCode = " HSG-CZ-001 ",
            NeedsInterpretation = "是",
        };

        var result = PublicationRowParser.Parse(row, Today);

        Assert.True(result.IsValid);
        Assert.Equal(
            new ParsedPublication(5, "区财政局", "关于印发 《黄石港区 财政管理办法》的通知", new DateOnly(2022, 7, 5),
                PublicationChannel.GovernmentWebsiteColumn, "https://www.hsg.gov.cn/xxgk/202207/t20220705_1.html",
                PublicationCategory.PolicyDocument, "HSG-CZ-001", true),
            result.Value);
    }

    [Fact]
    public void The_unit_is_required()
    {
        var error = SingleError(Row() with { Unit = "   " });

        Assert.Equal(new RowError(5, "单位", "单位不能为空。"), error);
    }

    [Fact]
    public void The_title_is_required()
    {
        var error = SingleError(Row() with { Title = null });

        Assert.Equal(new RowError(5, "标题", "标题不能为空。"), error);
    }

    [Fact]
    public void A_title_may_have_300_characters_but_not_301()
    {
        Assert.True(PublicationRowParser.Parse(Row() with { Title = new string('政', 300) }, Today).IsValid);

        var error = SingleError(Row() with { Title = " " + new string('政', 301) + " " });

        Assert.Equal(new RowError(5, "标题", "标题不能超过 300 个字（现为 301 个字）。"), error);
    }

    [Fact]
    public void The_date_is_required()
    {
        var error = SingleError(Row(publishedOn: " "));

        Assert.Equal(new RowError(5, "发布日期", "发布日期不能为空。"), error);
    }

    [Fact]
    public void An_unreadable_date_says_which_forms_are_accepted()
    {
        var error = SingleError(Row(publishedOn: "2022-13-01"));

        Assert.Equal(new RowError(5, "发布日期", "发布日期“2022-13-01”无法识别，请写成 2022-07-05、2022/7/5 或 2022年7月5日。"), error);
    }

    [Fact]
    public void A_date_before_2000_is_refused()
    {
        Assert.True(PublicationRowParser.Parse(Row(publishedOn: "2000-01-01"), Today).IsValid);

        var error = SingleError(Row(publishedOn: "1999/12/31"));

        Assert.Equal(new RowError(5, "发布日期", "发布日期 1999-12-31 早于 2000-01-01，请核对。"), error);
    }

    [Fact]
    public void A_date_after_today_in_China_is_refused()
    {
        Assert.True(PublicationRowParser.Parse(Row(publishedOn: "2022-10-21"), Today).IsValid);

        var error = SingleError(Row(publishedOn: "2022年10月22日"));

        Assert.Equal(new RowError(5, "发布日期", "发布日期 2022-10-22 晚于今天（2022-10-21），请核对。"), error);
    }

    [Fact]
    public void A_moment_that_is_already_tomorrow_in_China_is_in_the_future()
    {
        // 2022-09-30T16:30Z is 2022-10-01 00:30 in Beijing, while it is still 09-30 in London.
        var today = new DateOnly(2022, 9, 30);

        var error = SingleError(Row(publishedOn: "2022-09-30T16:30:00Z"), today);

        Assert.Equal("发布日期 2022-10-01 晚于今天（2022-09-30），请核对。", error.Message);
        Assert.Equal(new DateOnly(2022, 9, 30), PublicationRowParser.Parse(Row(publishedOn: "2022-09-30T15:59:59Z"), today).Value?.PublishedOn);
    }

    [Fact]
    public void An_Excel_date_cell_and_serial_number_are_accepted()
    {
        var dateCell = Row() with { PublishedOn = new ImportCell("2022/7/5 0:00", Date: new DateTime(2022, 7, 5)) };
        var serialCell = Row() with { PublishedOn = new ImportCell("44747", Number: 44747) };

        Assert.Equal(new DateOnly(2022, 7, 5), PublicationRowParser.Parse(dateCell, Today).Value?.PublishedOn);
        Assert.Equal(new DateOnly(2022, 7, 5), PublicationRowParser.Parse(serialCell, Today).Value?.PublishedOn);
    }

    [Theory]
    [InlineData("信息公开平台", PublicationChannel.DisclosurePlatform)]
    [InlineData("", PublicationChannel.DisclosurePlatform)]
    [InlineData("政府网站栏目", PublicationChannel.GovernmentWebsiteColumn)]
    [InlineData(" 微信公众号 ", PublicationChannel.WeChat)]
    [InlineData("微信", PublicationChannel.WeChat)]
    [InlineData("WeChat", PublicationChannel.WeChat)]
    [InlineData("wechat", PublicationChannel.WeChat)]
    [InlineData("微博", PublicationChannel.Weibo)]
    [InlineData("公开栏", PublicationChannel.NoticeBoard)]
    [InlineData("其他", PublicationChannel.Other)]
    [InlineData("其它", PublicationChannel.Other)]
    public void Channels_are_read_by_name_alias_or_English_name(string text, PublicationChannel expected)
    {
        Assert.Equal(expected, PublicationRowParser.Parse(Row() with { Channel = text }, Today).Value?.Channel);
    }

    [Fact]
    public void A_channel_outside_the_list_is_refused_with_the_list()
    {
        var error = SingleError(Row() with { Channel = "抖音" });

        Assert.Equal(new RowError(5, "发布渠道", "发布渠道“抖音”不在可选范围内（可选：信息公开平台、政府网站栏目、微信公众号、微博、公开栏、其他）。"), error);
    }

    [Theory]
    [InlineData("政策文件", PublicationCategory.PolicyDocument)]
    [InlineData("工作动态", PublicationCategory.WorkNews)]
    [InlineData("通知公告", PublicationCategory.Notice)]
    [InlineData("统计数据", PublicationCategory.Statistics)]
    [InlineData("财政信息", PublicationCategory.Finance)]
    [InlineData("人事信息", PublicationCategory.Personnel)]
    [InlineData("其他", PublicationCategory.Other)]
    [InlineData("", PublicationCategory.Other)]
    [InlineData("Finance", PublicationCategory.Finance)]
    public void Categories_are_read_by_name(string text, PublicationCategory expected)
    {
        Assert.Equal(expected, PublicationRowParser.Parse(Row() with { Category = text }, Today).Value?.Category);
    }

    [Fact]
    public void A_category_outside_the_list_is_refused_with_the_list()
    {
        var error = SingleError(Row() with { Category = "会议纪要" });

        Assert.Equal(new RowError(5, "信息类别", "信息类别“会议纪要”不在可选范围内（可选：政策文件、工作动态、通知公告、统计数据、财政信息、人事信息、其他）。"), error);
    }

    [Theory]
    [InlineData("http://www.hsg.gov.cn/a.html")]
    [InlineData("https://www.hsg.gov.cn/")]
    [InlineData("HTTPS://WWW.HSG.GOV.CN/xxgk?id=1#top")]
    [InlineData("https://mp.weixin.qq.com/s/AbC-123")]
    public void Web_links_are_accepted(string url)
    {
        Assert.Equal(url, PublicationRowParser.Parse(Row() with { Url = url }, Today).Value?.Url);
    }

    [Theory]
    [InlineData("www.hsg.gov.cn/a.html")]
    [InlineData("/xxgk/a.html")]
    [InlineData("ftp://www.hsg.gov.cn/a.html")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://")]
    [InlineData("见附件")]
    public void Other_links_are_refused(string url)
    {
        var error = SingleError(Row() with { Url = url });

        Assert.Equal(new RowError(5, "链接", $"链接“{url}”不是有效的网址，须是以 http:// 或 https:// 开头的完整地址。"), error);
    }

    [Fact]
    public void A_link_longer_than_the_database_keeps_is_refused()
    {
        var error = SingleError(Row() with { Url = "https://www.hsg.gov.cn/" + new string('a', 1000) });

        Assert.Equal(new RowError(5, "链接", "链接不能超过 1000 个字符。"), error);
    }

    [Fact]
    public void A_directory_code_may_have_50_characters_but_not_51()
    {
        Assert.Equal(new string('A', 50), PublicationRowParser.Parse(Row() with { DirectoryCode = new string('A', 50) }, Today).Value?.DirectoryCode);

        var error = SingleError(Row() with { DirectoryCode = new string('A', 51) });

        Assert.Equal(new RowError(5, "目录编码", "目录编码不能超过 50 个字符。"), error);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("Y", true)]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("ｙ", true)]
    [InlineData("否", false)]
    [InlineData("n", false)]
    [InlineData("No", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Needs_interpretation_is_yes_or_no(string? text, bool expected)
    {
        Assert.Equal(expected, PublicationRowParser.Parse(Row() with { NeedsInterpretation = text }, Today).Value?.NeedsInterpretation);
    }

    [Fact]
    public void Needs_interpretation_refuses_anything_else()
    {
        var error = SingleError(Row() with { NeedsInterpretation = "待定" });

        Assert.Equal(new RowError(5, "需解读", "需解读“待定”无法识别，请填写“是”或“否”。"), error);
    }

    [Fact]
    public void Every_problem_of_a_row_is_reported_at_once()
    {
        var row = new PublicationImportRow(9)
        {
            Unit = "",
            Title = "",
            PublishedOn = new ImportCell("下周"),
            Channel = "抖音",
            Url = "ftp://x",
            Category = "?",
            DirectoryCode = new string('A', 51),
            NeedsInterpretation = "也许",
        };

        var result = PublicationRowParser.Parse(row, Today);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(["单位", "标题", "发布日期", "发布渠道", "链接", "信息类别", "目录编码", "需解读"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(9, e.Row));
    }
}
