using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Core.Tests.Bulletins;

/// <summary>The drafter and its placeholders on hand-made figures: the seed's quarter, and the plural and empty cases.</summary>
public partial class BulletinDrafterTests
{
    private static readonly BulletinOptions Options = new();

    /// <summary>The seed's 2022 Q3 figures, typed in from bulletin-2022Q3.</summary>
    internal static BulletinFacts Seed() => new()
    {
        Quarter = "2022Q3",
        QuarterLabel = "2022年第三季度",
        AsOf = new DateOnly(2022, 9, 30),
        DistrictTotal = 1155,
        Streets =
        [
            new("江北管理区", 8, [3, 3, 2], 12, false),
            new("花湖街道", 7, [3, 2, 2], 12, false),
            new("黄石港街道", 7, [1, 0, 6], 12, false),
            new("沈家营街道", 12, [4, 4, 4], 12, true),
            new("胜阳港街道", 8, [3, 3, 2], 12, false),
        ],
        StreetMonthlyMinimum = 4,
        StreetQuarterMinimum = 12,
        StreetAverage = 8.4m,
        StreetAverageInProse = 8,
        MetUnits = ["沈家营街道"],
        MostComplete = [new("区财政局", 35), new("区民政局", 18), new("区人社局", 16)],
        Bursts = [new("黄石港街道", new DateOnly(2022, 9, 6), 6, new DateOnly(2022, 9, 5))],
        Silences = [new("黄石港街道", 50, new DateOnly(2022, 7, 18), new DateOnly(2022, 9, 5))],
        Interpretations = [new("区发改局", 2, ["文字"]), new("区司法局", 1, ["文字"]), new("区民政局", 3, ["文字"])],
        NewMedia = new NewMediaFigures(22, 19, 2, 2, 13, 5, 0, 1),
        NewMediaClosures = [new("黄石港街道", 8, 1, 5)],
        Directory = new DirectoryStatusFact(18, 18, 60),
        Trainings = [new TrainingFact(new DateOnly(2022, 8, 12), "全区政务公开业务培训会")],
        PeopleGaps = [new("花湖街道", [], ["联络员"], true), new("区住房和城市更新局", ["具体负责人", "联络员"], [], false)],
    };

    private static BulletinText Rendered(BulletinFacts facts) =>
        BulletinDrafter.Draft(facts, Options).Map(t => BulletinPlaceholders.Render(t, facts));

    [Fact]
    public void The_seed_quarter_is_drafted_with_the_seeds_figures_and_words()
    {
        var text = Rendered(Seed());

        Assert.Equal("黄石港区政务公开领导小组办公室", text.Office);
        Assert.Equal("黄石港区2022年第三季度政务公开工作情况通报", text.Title);
        Assert.Equal("各街道（管理区）、区直各部门：", text.Addressees);
        Assert.StartsWith("根据《省人民政府办公厅关于印发2022年政务公开工作考评方案的通知》", text.Preamble, StringComparison.Ordinal);
        Assert.EndsWith("现将2022年第三季度政务公开工作情况通报如下：", text.Preamble, StringComparison.Ordinal);
        Assert.Contains("我区明确了18个基层政务公开领域", text.Overview, StringComparison.Ordinal);
        Assert.Contains("自8月份召开全区政务公开业务培训会后", text.Overview, StringComparison.Ordinal);
        Assert.Contains("在第三季度中，我区共主动公开信息条目1155条，其中政府信息主动公开比较完备的有：区财政局主动公示信息35条，区民政局主动公示信息18条，区人社局主动公示信息16条。", text.Overview, StringComparison.Ordinal);
        Assert.Contains("黄石港街道管理的8个政务新媒体账号目前已注销关停1个，并将持续注销关停5个", text.Overview, StringComparison.Ordinal);
        Assert.Contains("目前全区13个政务新媒体严格落实了", text.Overview, StringComparison.Ordinal);
        Assert.Contains("每月需更新政府信息4条，每季度更新12条", text.Problems, StringComparison.Ordinal);
        Assert.Contains("平均条数为8条，更新条目数不足，其中：江北管理区更新8条，花湖街道更新7条，黄石港街道更新7条，沈家营街道更新12条，胜阳港街道更新8条，仅有沈家营街道达标。", text.Problems, StringComparison.Ordinal);
        Assert.Contains("黄石港街道自7月18日至9月5日连续50天未更新，经9月5日提醒后于9月6日起3日内集中更新6条信息", text.Problems, StringComparison.Ordinal);
        Assert.Contains("只有区发改局、区司法局、区民政局提供部分文字解读材料", text.Problems, StringComparison.Ordinal);
        Assert.Contains("花湖街道原联络员参训后工作调整，接任人员未参加培训；区住房和城市更新局具体负责人、联络员未参加培训", text.Problems, StringComparison.Ordinal);
        Assert.Contains("{{街道表}}", text.Problems, StringComparison.Ordinal);
        Assert.Equal(["（一）强化责任担当。", "（二）加强信息公开。", "（三）提高解读质量。"], BulletinText.Paragraphs(text.Requirements).Select(p => p[..(p.IndexOf('。', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void No_figure_is_typed_into_sections_one_and_two_every_one_is_a_placeholder()
    {
        var draft = BulletinDrafter.Draft(Seed(), Options);

        foreach (var section in new[] { draft.Overview, draft.Problems })
        {
            var prose = Token().Replace(section, "");
            Assert.DoesNotMatch("[0-9]", prose);
        }

        Assert.Contains("{{全区信息总数}}", draft.Overview, StringComparison.Ordinal);
        Assert.Contains("{{达标情况}}", draft.Problems, StringComparison.Ordinal);
        Assert.Empty(BulletinPlaceholders.Unknown(draft.AllText()));
    }

    [Fact]
    public void When_no_street_met_the_quota_the_text_says_none_did()
    {
        var facts = Seed() with { MetUnits = [], Streets = [.. Seed().Streets.Select(s => s with { Met = false })] };

        Assert.Contains("胜阳港街道更新8条，均未达标。", Rendered(facts).Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void When_several_streets_met_the_quota_they_are_listed_without_only()
    {
        var facts = Seed() with { MetUnits = ["江北管理区", "沈家营街道"] };

        Assert.Equal("江北管理区、沈家营街道达标", BulletinPlaceholders.Met(facts));
        Assert.Equal("均已达标", BulletinPlaceholders.Met(facts with { MetUnits = [.. facts.Streets.Select(s => s.Name)] }));
        Assert.Equal("仅有沈家营街道达标", BulletinPlaceholders.Met(Seed()));
    }

    [Fact]
    public void A_problem_without_evidence_is_left_out_and_the_items_are_renumbered()
    {
        var facts = Seed() with { PeopleGaps = [], Interpretations = [new("区发改局", 1, ["文字", "图表/图解"])] };

        var problems = BulletinText.Paragraphs(Rendered(facts).Problems);

        Assert.StartsWith("（一）街道（管理区）公开政府信息主动性不强", problems[0], StringComparison.Ordinal);
        Assert.DoesNotContain(problems, p => p.Contains("培训", StringComparison.Ordinal) || p.StartsWith("（二）", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_interpretations_or_complete_units_or_trainings_the_sentences_still_read()
    {
        var facts = Seed() with { Interpretations = [], MostComplete = [], Trainings = [], Bursts = [], Silences = [] };

        var text = Rendered(facts);

        Assert.Contains("各单位均未提供政策解读材料", text.Problems, StringComparison.Ordinal);
        Assert.Contains("我区共主动公开信息条目1155条。", text.Overview, StringComparison.Ordinal);
        Assert.Contains("本季度，各部门积极对接", text.Overview, StringComparison.Ordinal);
        Assert.DoesNotContain("另一方面", text.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void Interpreting_units_are_grouped_by_the_forms_they_used()
    {
        var facts = Seed() with { Interpretations = [new("区发改局", 2, ["文字"]), new("区司法局", 1, ["文字", "视频"]), new("区民政局", 1, ["文字"])] };

        Assert.Equal("只有区发改局、区民政局提供部分文字解读材料，区司法局提供部分文字、视频解读材料", BulletinPlaceholders.Interpretations(facts));
    }

    [Fact]
    public void A_mistyped_placeholder_is_reported_and_left_as_written()
    {
        var facts = Seed();

        Assert.Equal(["全区总数"], BulletinPlaceholders.Unknown("共{{全区总数}}条，{{全区信息总数}}条"));
        Assert.Equal("共{{全区总数}}条，1155条", BulletinPlaceholders.Render("共{{全区总数}}条，{{全区信息总数}}条", facts));
    }

    [Fact]
    public void The_composed_document_has_run_in_headings_and_the_streets_table()
    {
        var facts = Seed();
        var document = BulletinDocument.Compose(Rendered(facts), facts, new DateOnly(2022, 10, 21), "2022年第3期");

        Assert.Equal(["一、总体情况", "二、存在问题", "三、下步工作要求"], document.Parts.Select(p => p.Heading));
        var first = Assert.IsType<BulletinParagraph>(document.Parts[0].Blocks[0]);
        Assert.Equal("（一）基层政务公开进一步规范。", first.Lead);
        var table = Assert.Single(document.Parts[1].Blocks.OfType<BulletinTable>());
        Assert.Equal(["单位", "7月", "8月", "9月", "第三季度合计", "是否达标"], table.Header);
        Assert.Equal(["沈家营街道", "4", "4", "4", "12", "达标"], table.Rows[3]);
        Assert.Equal("8.4", table.Rows[^1][4]);
        Assert.Equal("2022年10月21日", document.DateText);
    }

    [GeneratedRegex(@"\{\{[^{}]+\}\}")]
    private static partial Regex Token();
}

public class BulletinTests
{
    private static readonly DateTime Now = new(2022, 10, 21, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Issuing_freezes_the_rendered_text_and_the_figures_and_a_correction_is_a_new_version()
    {
        var facts = BulletinDrafterTests.Seed();
        var bulletin = Bulletin.Draft(Quarter.Parse("2022Q3"), BulletinDrafter.Draft(facts, new BulletinOptions()), Now, "admin");
        var rendered = bulletin.Text.Map(t => BulletinPlaceholders.Render(t, facts));

        bulletin.Issue(3, new DateOnly(2022, 10, 21), Now, "admin", rendered, facts, [4, 4, 7]);

        Assert.Equal("2022年第3期", bulletin.NumberLabel);
        Assert.Equal(rendered, bulletin.FrozenText());
        Assert.Equal(1155, bulletin.FrozenFacts().DistrictTotal);
        Assert.Equal(["沈家营街道"], bulletin.FrozenFacts().MetUnits);
        Assert.Equal([4, 7], bulletin.Mentions.Select(m => m.UnitId));
        Assert.Throws<InvalidOperationException>(() => bulletin.Issue(4, new DateOnly(2022, 10, 22), Now, "admin", rendered, facts, []));

        bulletin.Id = 10;
        var correction = bulletin.Correct("更正沈家营街道条数", Now, "admin");
        Assert.Equal((BulletinStatus.Draft, 2, 10, 3), (correction.Status, correction.Revision, correction.CorrectsId!.Value, correction.Number!.Value));
        Assert.Equal(bulletin.Text, correction.Text);
        Assert.Throws<InvalidOperationException>(() => correction.Correct("再次更正", Now, "admin"));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(23, "二十三")]
    public void Chinese_numerals_count_the_items(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Of(n));
}
