using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;
using Form = HuangshigangDisclosure.Core.Interpretations.InterpretationForm;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class ScoreTests
{
    private static string[] Texts(UnitScore unit) => [.. unit.Explanation.Select(l => l.Text)];

    private static UnitScore Covering(string name, int id, int due, int covered) =>
        Score(new ScoringInputs { Units = [Department(name, id)], Directory = [new DirectoryFact(id, due, covered, covered)] }).Units[0];

    [Fact]
    public void A_street_with_7_items_earns_nothing_for_its_quota_and_every_point_is_explained()
    {
        var unit = One(Street(), Monthly(1, 3, 2, 2));

        Assert.Equal(
            [
                "季度更新 7 条，要求 12 条，未达标：得 0 / 40 分",
                "月度更新 7月 3 条（未达标）、8月 2 条（未达标）、9月 2 条（未达标）；每月要求 4 条，已考核 3 个月中 0 个月达标：20 × 0 ÷ 3，得 0 / 20 分",
                "本季度无需解读的政策：不计分",
                "本季度无应公开的目录事项：不计分",
                "适用项目满分 60 分，实得 0 分，折合百分制 0 ÷ 60 × 100 = 0 分",
            ],
            Texts(unit));
        Assert.Equal(0m, unit.Score);
        Assert.Equal([0m, 0m, null, null, 0m], unit.Explanation.Select(l => l.Points));
        Assert.Equal([ScoreComponent.QuarterQuota, ScoreComponent.MonthlyRegularity, ScoreComponent.Interpretation, ScoreComponent.DirectoryCoverage, ScoreComponent.Total], unit.Explanation.Select(l => l.Component));
    }

    [Fact]
    public void A_street_that_met_the_quarter_in_two_months_of_three_and_covered_three_entries_of_four_scores_85_4()
    {
        var unit = One(new ScoringInputs { Units = [Street()], DailyCounts = [.. Monthly(1, 5, 3, 4)], Directory = [new DirectoryFact(1, 4, 3, 3)] });

        // 40 + 20 × 2 ÷ 3 (13.3) + 20 × 3 ÷ 4 (15) = 68.3 of the 80 points that apply; 68.3 ÷ 80 × 100 = 85.375.
        Assert.Equal(85.4m, unit.Score);
        Assert.Equal(
            [
                "季度更新 12 条，要求 12 条，达标：得 40 / 40 分",
                "月度更新 7月 5 条（达标）、8月 3 条（未达标）、9月 4 条（达标）；每月要求 4 条，已考核 3 个月中 2 个月达标：20 × 2 ÷ 3，得 13.3 / 20 分",
                "本季度无需解读的政策：不计分",
                "目录事项应公开 4 项，已关联公开 3 项，覆盖率 75%：得 15 / 20 分",
                "适用项目满分 80 分，实得 68.3 分，折合百分制 68.3 ÷ 80 × 100 = 85.4 分",
            ],
            Texts(unit));
    }

    [Fact]
    public void When_every_part_applies_the_score_is_the_plain_sum_of_the_parts()
    {
        var unit = One(new ScoringInputs
        {
            Units = [Street()],
            DailyCounts = [.. Monthly(1, 4, 4, 4)],

            // 9-09 interpreted in text on 9-13 (on time); 8-09 interpreted in a chart on 8-30 (late, but diversified).
            Policies = [new PolicyFact(1, 1, D(9, 9), Form.Text, D(9, 13)), new PolicyFact(1, 2, D(8, 9), Form.Chart, D(8, 30))],
            Directory = [new DirectoryFact(1, 2, 1, 1)],
        });

        Assert.Equal(80m, unit.Score);
        Assert.Equal(
            "需解读政策 2 件，已解读 2 件，3 个工作日内按时解读 1 件，多样化解读 1 件：10 × 1 ÷ 2 + 10 × 1 ÷ 2，得 10 / 20 分",
            unit.Explanation[2].Text);
        Assert.Equal("目录事项应公开 2 项，已关联公开 1 项，覆盖率 50%：得 10 / 20 分", unit.Explanation[3].Text);
        Assert.Equal("合计 80 分", unit.Explanation[4].Text);
        Assert.Equal([40m, 20m, 10m, 10m], unit.Explanation.Take(4).Select(l => l.Points));
    }

    [Fact]
    public void The_parts_points_add_up_to_the_points_earned()
    {
        var unit = One(new ScoringInputs { Units = [Street()], DailyCounts = [.. Monthly(1, 5, 3, 4)], Directory = [new DirectoryFact(1, 3, 1, 1)] });

        var earned = unit.Explanation.Where(l => l.Component != ScoreComponent.Total).Sum(l => l.Points ?? 0);

        Assert.Equal(60m, earned); // 40 + 13.3 + 6.7
        Assert.Equal(75m, unit.Score);
    }

    [Fact]
    public void A_department_is_scored_on_the_parts_that_apply_to_it_scaled_to_100()
    {
        var unit = Covering("区财政局", 100, 5, 5);

        Assert.Equal(100m, unit.Score);
        Assert.Equal("季度更新 0 条，无季度数量要求：不计分", unit.Explanation[0].Text);
        Assert.Equal("无月度数量要求：不计分", unit.Explanation[1].Text);
        Assert.Equal("适用项目满分 20 分，实得 20 分，折合百分制 20 ÷ 20 × 100 = 100 分", unit.Explanation[4].Text);
    }

    [Fact]
    public void A_unit_to_which_no_part_applies_is_neither_scored_nor_ranked()
    {
        var unit = One(Department(), Monthly(100, 5, 5, 5));

        Assert.Null(unit.Score);
        Assert.Null(unit.Rank);
        Assert.Equal("无适用的考核项目：不计分，不参与排名", unit.Explanation[^1].Text);
    }

    [Fact]
    public void While_the_quarter_runs_the_score_is_provisional_and_only_ended_months_are_judged()
    {
        var unit = One(Street(), Monthly(1, 4, 2, 0), today: D(8, 10));

        Assert.Equal(
            [
                "季度更新 6 条，要求 12 条，季度未结束、尚未达标：暂得 0 / 40 分",
                "月度更新 7月 4 条（达标）、8月 2 条（本月未结束）、9月 0 条（本月未结束）；每月要求 4 条，已考核 1 个月中 1 个月达标：20 × 1 ÷ 1，得 20 / 20 分",
                "本季度无需解读的政策：不计分",
                "本季度无应公开的目录事项：不计分",
                "适用项目满分 60 分，实得 20 分，折合百分制 20 ÷ 60 × 100 = 33.3 分（季度未结束，为暂计分）",
            ],
            Texts(unit));
        Assert.Equal(33.3m, unit.Score);
    }

    [Fact]
    public void In_the_first_month_of_a_quarter_monthly_regularity_is_not_judged_yet()
    {
        var unit = One(Street(), Monthly(1, 2, 0, 0), today: D(7, 10));

        Assert.Null(unit.Explanation[1].Points);
        Assert.EndsWith("尚无已考核的月份：不计分", unit.Explanation[1].Text, StringComparison.Ordinal);
        Assert.Equal(0m, unit.Score);
    }

    [Fact]
    public void Policies_still_within_their_limit_are_left_out_of_the_interpretation_points()
    {
        var unit = One(
            new ScoringInputs { Units = [Department("区发改局")], Policies = [new PolicyFact(100, 1, D(9, 9)), new PolicyFact(100, 2, D(8, 9), Form.Video, D(8, 10))] },
            today: D(9, 14));

        Assert.Equal(
            "需解读政策 2 件（其中 1 件尚在解读时限内，暂不考核），已解读 1 件，3 个工作日内按时解读 1 件，多样化解读 1 件：10 × 1 ÷ 1 + 10 × 1 ÷ 1，得 20 / 20 分",
            unit.Explanation[2].Text);
        Assert.Equal(100m, unit.Score);
    }

    [Fact]
    public void Policies_all_within_their_limit_leave_interpretation_unscored()
    {
        var unit = One(new ScoringInputs { Units = [Department("区发改局")], Policies = [new PolicyFact(100, 1, D(9, 9))] }, today: D(9, 14));

        Assert.Equal("需解读政策 1 件（其中 1 件尚在解读时限内，暂不考核）：不计分", unit.Explanation[2].Text);
        Assert.Null(unit.Score);
    }

    [Fact]
    public void The_weights_are_configuration()
    {
        var options = new ScoringOptions { Weights = new ScoreWeights { QuarterQuota = 50, MonthlyRegularity = 10 } };

        var unit = One(Inputs(Street(), Monthly(1, 4, 4, 3)), options: options);

        Assert.Equal("季度更新 11 条，要求 12 条，未达标：得 0 / 50 分", unit.Explanation[0].Text);
        Assert.Equal(11.2m, unit.Score); // 10 × 2 ÷ 3 = 6.7 of the 60 points that apply
    }

    [Fact]
    public void A_unit_active_part_of_the_quarter_is_told_its_quota_was_pro_rated()
    {
        var unit = One(Street(activeFrom: D(8, 1)), Monthly(1, 0, 4, 4));

        Assert.Equal("季度更新 8 条，要求 8 条（整月在册 2 个月，按季度指标折算），达标：得 40 / 40 分", unit.Explanation[0].Text);
        Assert.Equal(
            "月度更新 7月 0 条（未整月在册，不考核）、8月 4 条（达标）、9月 4 条（达标）；每月要求 4 条，已考核 2 个月中 2 个月达标：20 × 2 ÷ 2，得 20 / 20 分",
            unit.Explanation[1].Text);
        Assert.Equal(100m, unit.Score);
    }

    [Fact]
    public void A_street_created_in_the_quarters_last_month_is_told_its_quantity_is_not_judged()
    {
        var unit = One(Street(activeFrom: D(9, 15)), Items(1, D(9, 20)));

        Assert.Equal("季度更新 1 条，本季度无整月在册的月份，不考核数量：不计分", unit.Explanation[0].Text);
        Assert.Null(unit.Explanation[1].Points);
        Assert.Null(unit.Score);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips()
    {
        var scores = Score(new ScoringInputs
        {
            Units = [Department("甲", 1), Department("乙", 2), Department("丙", 3), Department("丁", 4), Department("戊", 5)],
            Directory = [new DirectoryFact(1, 5, 5, 5), new DirectoryFact(2, 5, 4, 4), new DirectoryFact(3, 10, 8, 8), new DirectoryFact(4, 2, 1, 1)],
        });

        Assert.Equal([100m, 80m, 80m, 50m, null], scores.Units.Select(u => u.Score));
        Assert.Equal([1, 2, 2, 4, null], scores.Units.Select(u => u.Rank));
        Assert.Equal(["甲", "乙", "丙", "丁"], scores.Ranked.Select(u => u.Name));
    }

    [Fact]
    public void Scores_equal_to_one_decimal_share_a_rank()
    {
        var scores = Score(new ScoringInputs
        {
            Units = [Department("甲", 1), Department("乙", 2), Department("丙", 3)],

            // 20 × 267/400 = 13.35 → 13.4 → 67; 20 × 2/3 = 13.33 → 13.3 → 66.5; 20 × 1333/2000 = 13.33 → 13.3 → 66.5.
            Directory = [new DirectoryFact(1, 400, 267, 0), new DirectoryFact(2, 3, 2, 0), new DirectoryFact(3, 2000, 1333, 0)],
        });

        Assert.Equal([67m, 66.5m, 66.5m], scores.Units.Select(u => u.Score));
        Assert.Equal([1, 2, 2], scores.Units.Select(u => u.Rank));
    }

    [Fact]
    public void Units_are_listed_in_the_offices_order_by_sort_order_then_name()
    {
        var scores = Score(new ScoringInputs
        {
            Units = [new UnitFacts(1, "乙", UnitKind.Department, 2), new UnitFacts(2, "B", UnitKind.Department, 1), new UnitFacts(3, "A", UnitKind.Department, 1)],
        });

        Assert.Equal(["A", "B", "乙"], scores.Units.Select(u => u.Name));
    }

    [Fact]
    public void An_empty_quarter_has_no_units_and_a_district_total_of_0()
    {
        var scores = Score(new ScoringInputs());

        Assert.Empty(scores.Units);
        Assert.Empty(scores.Ranked);
        Assert.Equal(0, scores.DistrictTotal);
        Assert.False(scores.IsRunning);
        Assert.Equal(D(9, 30), scores.AsOf);
    }

    [Fact]
    public void A_quarter_in_which_nobody_published_leaves_every_street_silent_the_whole_quarter_and_missed()
    {
        var scores = Score(new ScoringInputs { Units = [Street("花湖街道", 1), Street("沈家营街道", 2)] });

        Assert.All(scores.Units, u => Assert.Equal((0, 92, false, false, 0m), (u.Total, u.LongestSilenceDays, u.QuarterMet ?? true, u.Burst, u.Score ?? -1)));
        Assert.Equal([1, 1], scores.Units.Select(u => u.Rank));
    }

    [Fact]
    public void A_running_quarter_is_judged_as_of_today()
    {
        var scores = Score(new ScoringInputs(), today: D(8, 10));

        Assert.True(scores.IsRunning);
        Assert.Equal(D(8, 10), scores.AsOf);
    }

    [Fact]
    public void A_unit_listed_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Score(new ScoringInputs { Units = [Street("甲", 1), Street("乙", 1)] }));
    }
}
