using HuangshigangDisclosure.Core.Directory.Imports;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Tests.Directory;

public class DirectoryRowParserTests
{
    private static readonly DomainReference Finance = new(3, "03", "财政预决算");
    private static readonly DomainReference Relief = new(5, "05", "社会救助");

    private static readonly UnitReference FinanceBureau = new(8, "区财政局", "财政局");
    private static readonly UnitReference CivilAffairs = new(9, "区民政局", "民政局");
    private static readonly UnitReference Housing = new(15, "区住房和城市更新局", "住建局");
    private static readonly UnitReference Huahu = new(2, "花湖街道", "花湖");

    private static readonly DirectoryReferences References = new([Finance, Relief], [FinanceBureau, CivilAffairs, Housing, Huahu]);

    private static DirectoryImportRow Row(int row = 2, string? code = "03-01", string? level1 = "财政预决算", string? publisher = "区财政局", string? timeLimit = "财政部门批复后20日内", string? domain = null) => new(row)
    {
        Code = code,
        Level1 = level1,
        Level2 = "部门预算",
        Content = "部门预算报告及报表",
        LegalBasis = "《中华人民共和国预算法》",
        TimeLimit = timeLimit,
        Publisher = publisher,
        Channels = "政府网站",
        Domain = domain,
    };

    private static RowResult<ParsedDirectoryEntry> Parse(DirectoryImportRow row, bool allowNewDomains = false) =>
        DirectoryRowParser.Parse(row, References, allowNewDomains);

    [Fact]
    public void A_complete_row_becomes_an_entry_with_the_defaults_for_audience_mode_and_level()
    {
        var entry = Parse(Row()).Value!;

        Assert.Equal(("03-01", new DirectoryDomainChoice(3, "财政预决算"), "财政预决算", "部门预算"), (entry.Code, entry.Domain, entry.Level1, entry.Level2));
        Assert.Equal(("财政部门批复后20日内", TimeLimit.Within(20, workingDays: false)), (entry.TimeLimitText, entry.TimeLimit));
        Assert.Equal([FinanceBureau], entry.Units);
        Assert.Equal(("全社会", "主动", "区级"), (entry.Audience, entry.Mode, entry.Level));
    }

    [Fact]
    public void Audience_mode_and_level_are_kept_as_written()
    {
        var entry = Parse(Row() with { Audience = "特定群体", Mode = "依申请", Level = "街道级" }).Value!;

        Assert.Equal(("特定群体", "依申请", "街道级"), (entry.Audience, entry.Mode, entry.Level));
    }

    [Fact]
    public void Audience_mode_and_level_may_be_ticked_as_in_the_State_Council_catalogues()
    {
        var entry = Parse(Row() with { ForSpecificGroups = "√", Proactive = "✓", OnRequest = "√", StreetLevel = "√" }).Value!;

        Assert.Equal(("特定群体", "主动、依申请", "街道级"), (entry.Audience, entry.Mode, entry.Level));
    }

    [Fact]
    public void A_written_value_wins_over_ticks_and_no_tick_is_the_default()
    {
        var entry = Parse(Row() with { Audience = "全社会", ForSpecificGroups = "√", Proactive = "", OnRequest = "×", DistrictLevel = "/" }).Value!;

        Assert.Equal(("全社会", "主动", "区级"), (entry.Audience, entry.Mode, entry.Level));
    }

    [Fact]
    public void An_unreadable_tick_is_an_error()
    {
        Assert.Equal(
            [new RowError(2, "县级", "“县级”列请打“√”或留空，无法识别“待定”。")],
            Parse(Row() with { DistrictLevel = "待定" }).Errors);
    }

    [Fact]
    public void Tick_columns_are_found_under_a_merged_heading()
    {
        var map = DirectoryColumns.Map(["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"]);

        Assert.True(map.IsValid);
        Assert.Empty(map.IgnoredHeaders);
        Assert.Equal(13, map.IndexOf(DirectoryColumn.StreetLevel));
    }

    [Fact]
    public void The_domain_column_wins_over_the_level1_item_and_may_name_a_code()
    {
        Assert.Equal(5, Parse(Row(level1: "最低生活保障", publisher: "区民政局", domain: "社会救助")).Value!.Domain.Id);
        Assert.Equal(5, Parse(Row(level1: "最低生活保障", publisher: "区民政局", domain: "05")).Value!.Domain.Id);
        Assert.Equal(3, Parse(Row(level1: "财政预决算", domain: " ")).Value!.Domain.Id);
    }

    [Fact]
    public void An_unknown_domain_is_named_and_not_created()
    {
        Assert.Equal(
            [new RowError(2, "公开领域", "公开领域“城乡规划”不存在，请先在“公开领域”页面添加，或勾选“自动新增不存在的公开领域”。")],
            Parse(Row(domain: "城乡规划")).Errors);
        Assert.Equal(
            [new RowError(4, "一级事项", "一级事项“最低生活保障”不是已有的公开领域：请增加“公开领域”列写明所属领域，或先在“公开领域”页面添加“最低生活保障”。")],
            Parse(Row(row: 4, level1: "最低生活保障")).Errors);
    }

    [Fact]
    public void An_unknown_domain_is_new_when_the_import_may_add_domains()
    {
        Assert.Equal(new DirectoryDomainChoice(null, "城乡规划"), Parse(Row(domain: "城乡规划"), allowNewDomains: true).Value!.Domain);
        Assert.Equal(new DirectoryDomainChoice(3, "财政预决算"), Parse(Row(domain: "财政预决算"), allowNewDomains: true).Value!.Domain);
    }

    [Theory]
    [InlineData("区财政局、区民政局")]
    [InlineData("区财政局，区民政局")]
    [InlineData("区财政局,区民政局")]
    [InlineData("区财政局；区民政局")]
    [InlineData("区财政局;区民政局")]
    [InlineData("区财政局和区民政局")]
    [InlineData("区财政局及区民政局")]
    [InlineData("财政局、民政局")]
    [InlineData("区财政局\n区民政局")]
    [InlineData("区财政局 区民政局")]
    [InlineData("区财政局、区民政局、区财政局")]
    public void Publishers_are_split_into_units_by_name_or_short_name(string publisher)
    {
        var entry = Parse(Row(publisher: publisher)).Value!;

        Assert.Equal([FinanceBureau, CivilAffairs], entry.Units);
        Assert.Equal(publisher.Replace("\n", " ", StringComparison.Ordinal), entry.Publisher);
    }

    [Fact]
    public void A_unit_whose_name_holds_he_is_not_split()
    {
        Assert.Equal([Housing], Parse(Row(publisher: "区住房和城市更新局")).Value!.Units);
        Assert.Equal([FinanceBureau, Housing], Parse(Row(publisher: "区财政局和区住房和城市更新局")).Value!.Units);
        Assert.Equal([Housing, Huahu], Parse(Row(publisher: "区住房和城市更新局及花湖街道")).Value!.Units);
    }

    [Fact]
    public void An_unknown_unit_is_named()
    {
        Assert.Equal(
            [new RowError(7, "公开主体", "公开主体中的“区审计局”不是系统中的单位，请填写单位的名称或简称，多个单位用“、”分隔。")],
            Parse(Row(row: 7, publisher: "区财政局、区审计局")).Errors);
    }

    [Fact]
    public void An_unreadable_time_limit_asks_for_a_clear_wording()
    {
        Assert.Equal(
            [new RowError(3, "公开时限", "无法识别公开时限“按规定公开”，请写明如“信息形成或者变更之日起20个工作日内”。")],
            Parse(Row(row: 3, timeLimit: "按规定公开")).Errors);
        Assert.Equal(
            [new RowError(3, "公开时限", "公开时限不能为空，请写明如“信息形成或者变更之日起20个工作日内”。")],
            Parse(Row(row: 3, timeLimit: "")).Errors);
    }

    [Fact]
    public void Every_error_in_a_row_is_reported()
    {
        var result = Parse(new DirectoryImportRow(9) { Code = new string('1', 51), TimeLimit = "随便" });

        Assert.Equal(
            [
                new RowError(9, "序号", "序号不能超过 50 个字。"),
                new RowError(9, "一级事项", "一级事项不能为空。"),
                new RowError(9, "公开主体", "公开主体不能为空。"),
                new RowError(9, "公开时限", "无法识别公开时限“随便”，请写明如“信息形成或者变更之日起20个工作日内”。"),
            ],
            result.Errors);
    }

    [Fact]
    public void A_code_given_twice_in_a_file_is_an_error_on_the_second_row()
    {
        var results = DirectoryRowParser.ParseAll([Row(row: 2, code: "03-01"), Row(row: 3, code: "03-02"), Row(row: 4, code: " 03-01 ")], References, allowNewDomains: false);

        Assert.True(results[0].IsValid);
        Assert.True(results[1].IsValid);
        Assert.Equal([new RowError(4, "序号", "序号“03-01”与第 2 行重复，每个事项的序号须各不相同。")], results[2].Errors);
    }

    [Fact]
    public void Headers_are_found_by_Chinese_name_or_English_alias()
    {
        var chinese = DirectoryColumns.Map(["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"]);
        var english = DirectoryColumns.Map(["code", "level1", "level2", "content", "basis", "timeLimit", "publisher", "channels", "audience", "mode", "level", "domain"]);

        Assert.True(chinese.IsValid);
        Assert.Equal(3, chinese.IndexOf(DirectoryColumn.Content));
        Assert.False(chinese.Has(DirectoryColumn.Domain));
        Assert.True(english.IsValid);
        Assert.Equal(11, english.IndexOf(DirectoryColumn.Domain));
        Assert.Equal(10, english.IndexOf(DirectoryColumn.Level));
    }

    [Fact]
    public void A_missing_content_column_is_refused_since_it_would_blank_every_entry()
    {
        var map = DirectoryColumns.Map(["序号", "一级事项", "二级事项", "公开依据", "公开时限", "公开主体", "公开渠道和载体"]);

        Assert.StartsWith("缺少必填列“公开内容”。", Assert.Single(map.Errors), StringComparison.Ordinal);
    }
}
