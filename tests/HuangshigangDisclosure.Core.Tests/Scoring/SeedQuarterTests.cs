using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using static HuangshigangDisclosure.Core.NewMedia.NewMediaStatus;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;
using Form = HuangshigangDisclosure.Core.Interpretations.InterpretationForm;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

/// <summary>
/// The seed bulletin's Q3 2022, as the data layer would hand it over: the streets' items on the dates the demo
/// data uses (DemoPublications), the three most complete departments, the reminder before 黄石港街道's burst.
/// </summary>
public class SeedQuarterTests
{
    private const int Finance = 10, CivilAffairs = 11, HumanResources = 12, Development = 13, Justice = 14, Others = 15;

    private static readonly QuarterScores Scores = Score(SeedInputs());

    private static readonly BulletinFigures Bulletin = BulletinFigures.From(Scores, new ScoringOptions());

    private static UnitScore Unit(string name) => Scores.Units.Single(u => u.Name == name);

    private static ScoringInputs SeedInputs() => new()
    {
        Units =
        [
            new UnitFacts(1, "江北管理区", UnitKind.ManagementZone, 1),
            Street("花湖街道", 2),
            Street("黄石港街道", 3),
            Street("沈家营街道", 4),
            Street("胜阳港街道", 5),
            new UnitFacts(Finance, "区财政局", UnitKind.Department, Finance),
            new UnitFacts(CivilAffairs, "区民政局", UnitKind.Department, CivilAffairs),
            new UnitFacts(HumanResources, "区人社局", UnitKind.Department, HumanResources),
            new UnitFacts(Development, "区发改局", UnitKind.Department, Development),
            new UnitFacts(Justice, "区司法局", UnitKind.Department, Justice),
            new UnitFacts(Others, "其他区直部门", UnitKind.Department, Others),
        ],
        DailyCounts =
        [
            .. Items(1, D(7, 6), D(7, 19), D(7, 28), D(8, 11), D(8, 25), D(9, 8), D(9, 20), D(9, 28)),
            .. Items(2, D(7, 7), D(7, 15), D(7, 26), D(8, 5), D(8, 16), D(8, 30), D(9, 9)),
            .. Items(3, D(7, 5), D(7, 21), D(9, 6), D(9, 6), D(9, 7), D(9, 8), D(9, 27)),
            .. Items(4, D(7, 4), D(7, 12), D(7, 20), D(7, 28), D(8, 3), D(8, 11), D(8, 19), D(8, 26), D(9, 2), D(9, 9), D(9, 19), D(9, 27)),
            .. Items(5, D(7, 4), D(7, 11), D(7, 18), D(7, 27), D(8, 17), D(9, 13), D(9, 21), D(9, 29)),
            .. Spread(Finance, 35),
            .. Spread(CivilAffairs, 18),
            .. Spread(HumanResources, 16),
            .. Items(Development, D(8, 9)),
            .. Items(Justice, D(7, 22), D(9, 15)),

            // Everyone else: 1155 − 42 − 69 − 3 = 1041 = 12 a day for 29 days and 11 a day for 63, after a June like it.
            .. Enumerable.Range(0, 92).Select(i => new DailyCount(Others, D(7, 1).AddDays(i), i < 29 ? 12 : 11)),
            .. Enumerable.Range(0, 21).Select(i => new DailyCount(Others, D(6, 10).AddDays(i), 11)),
        ],
        Reminders = [new ReminderFact(3, D(9, 5))],
        Policies =
        [
            new PolicyFact(Development, 1, D(8, 9), Form.Text, D(8, 10)),
            new PolicyFact(Justice, 2, D(9, 15), Form.Text, D(9, 16)),
            new PolicyFact(CivilAffairs, 3, D(8, 17), Form.Text, D(8, 18)),
            new PolicyFact(CivilAffairs, 4, D(9, 14), Form.Text, D(9, 15)),
            new PolicyFact(HumanResources, 5, D(9, 6)),
        ],
        Interpretations = [new InterpretationFact(Development, Form.Text, 1), new InterpretationFact(Justice, Form.Text, 1), new InterpretationFact(CivilAffairs, Form.Text, 2)],
        Directory =
        [
            new DirectoryFact(1, 3, 2, 4), new DirectoryFact(2, 3, 2, 3), new DirectoryFact(3, 3, 1, 3), new DirectoryFact(4, 3, 2, 5), new DirectoryFact(5, 3, 2, 3),
            new DirectoryFact(Finance, 5, 5, 35), new DirectoryFact(CivilAffairs, 5, 5, 18), new DirectoryFact(HumanResources, 5, 5, 16),
            new DirectoryFact(Development, 3, 1, 1), new DirectoryFact(Justice, 2, 1, 1), new DirectoryFact(Others, 20, 10, 200),
        ],

        // 黄石港街道's 8 WeChat accounts: 1 shut, 5 to be shut; 13 operating accounts comply district-wide (its 2 and 11 more); 花湖街道 runs one unfiled.
        NewMedia =
        [
            new(3, Operating, D(10, 18), true, false, 2), new(3, ClosurePlanned, D(9, 20), true, false, 5), new(3, Suspended, D(8, 1), true, true),
            new(Others, Operating, D(10, 20), true, false, 11), new(2, Operating, D(10, 20), false, false),
        ],
    };

    /// <summary><paramref name="items"/> items spread evenly over the quarter, never more than 3 days apart.</summary>
    private static IEnumerable<DailyCount> Spread(int unitId, int items) =>
        Enumerable.Range(0, items).Select(k => new DailyCount(unitId, D(7, 1).AddDays(k * 92 / items), 1));

    [Fact]
    public void The_district_published_1155_counted_items()
    {
        Assert.Equal(1155, Scores.DistrictTotal);
        Assert.Equal(1155, Bulletin.DistrictTotal);
    }

    [Fact]
    public void The_streets_published_8_7_7_12_8_so_the_average_is_8_4_and_8_in_prose()
    {
        Assert.Equal(["江北管理区", "花湖街道", "黄石港街道", "沈家营街道", "胜阳港街道"], Bulletin.Streets.Select(s => s.Name));
        Assert.Equal([8, 7, 7, 12, 8], Bulletin.Streets.Select(s => s.Total));
        Assert.Equal(8.4m, Bulletin.StreetAverage);
        Assert.Equal(8, Bulletin.StreetAverageInProse);
    }

    [Fact]
    public void Only_沈家营街道_met_the_quota_of_12_and_no_street_met_it_every_month()
    {
        Assert.Equal(["沈家营街道"], Bulletin.MetUnits);
        Assert.Equal([false, false, false, true, false], Bulletin.Streets.Select(s => s.QuarterMet));
        Assert.Equal([[3, 2, 3], [3, 3, 1], [2, 0, 5], [4, 4, 4], [4, 1, 3]], Bulletin.Streets.Select(s => s.Months.ToArray()));
        Assert.Equal([0, 0, 1, 3, 1], Bulletin.Streets.Select(s => s.MonthsMet));
    }

    [Fact]
    public void Finance_civil_affairs_and_human_resources_are_the_most_complete_with_35_18_and_16_items()
    {
        Assert.Equal([("区财政局", 35), ("区民政局", 18), ("区人社局", 16)], Bulletin.MostComplete.Select(u => (u.Name, u.Items)));
        Assert.All(Bulletin.MostComplete, u => Assert.Equal(1m, u.Coverage));
    }

    [Fact]
    public void 黄石港街道_was_silent_46_days_then_burst_the_day_after_the_reminder()
    {
        var huangshigang = Unit("黄石港街道");

        Assert.Equal(46, huangshigang.LongestSilenceDays);
        Assert.Equal((D(7, 22), D(9, 5)), huangshigang.LongestSilence);
        Assert.Equal(new Burst(D(9, 6), 4, D(9, 5)), Assert.Single(huangshigang.Bursts));
        Assert.True(huangshigang.BurstAfterReminder);
        Assert.Equal(["黄石港街道"], Bulletin.BurstUnits.Select(b => b.Name));
    }

    [Fact]
    public void The_streets_silent_for_three_weeks_or_more_are_花湖_黄石港_and_胜阳港()
    {
        Assert.Equal(
            [new SilentUnit("花湖街道", 21, D(9, 10), D(9, 30)), new SilentUnit("黄石港街道", 46, D(7, 22), D(9, 5)), new SilentUnit("胜阳港街道", 26, D(8, 18), D(9, 12))],
            Bulletin.SilentUnits);
    }

    [Fact]
    public void Only_development_and_reform_justice_and_civil_affairs_supplied_interpretations_all_in_text()
    {
        Assert.Equal(["区民政局", "区发改局", "区司法局"], Bulletin.InterpretationUnits.Select(u => u.Name));
        Assert.All(Bulletin.InterpretationUnits, u => Assert.Equal([Form.Text], u.Forms));
        Assert.Equal((1, 0, 0), (Unit("区人社局").Interpretation.Flagged, Unit("区人社局").Interpretation.Interpreted, Unit("区人社局").Interpretation.Diversified));
    }

    [Fact]
    public void 黄石港街道_runs_8_accounts_with_1_shut_and_5_to_be_shut_and_13_accounts_comply()
    {
        Assert.Equal((8, 1, 5), (Unit("黄石港街道").NewMedia.Accounts, Unit("黄石港街道").NewMedia.Suspended, Unit("黄石港街道").NewMedia.ClosurePlanned));
        Assert.Equal(13, Bulletin.NewMedia.Compliant);
        Assert.Equal(1, Bulletin.NewMedia.Unfiled);
    }

    [Fact]
    public void 花湖街道_is_told_why_it_earned_nothing_for_its_quota()
    {
        Assert.Equal("季度更新 7 条，要求 12 条，未达标：得 0 / 40 分", Unit("花湖街道").Explanation[0].Text);
    }

    [Fact]
    public void Finance_ranks_first_沈家营街道_second_and_equal_scores_share_a_rank()
    {
        // 沈家营街道: 40 + 20 + 20 × 2 ÷ 3 (13.3) = 73.3 of 80 → 91.625. 区民政局: on time 10 + text only 0 + coverage 20 = 30 of 40.
        Assert.Equal(
            [
                ("区财政局", 100m, 1), ("沈家营街道", 91.6m, 2), ("区民政局", 75m, 3),
                ("区人社局", 50m, 4), ("区司法局", 50m, 4), ("其他区直部门", 50m, 4), ("区发改局", 41.8m, 7),
                ("胜阳港街道", 25m, 8), ("黄石港街道", 16.8m, 9), ("江北管理区", 16.6m, 10), ("花湖街道", 16.6m, 10),
            ],
            Scores.Ranked.Select(u => (u.Name, u.Score!.Value, u.Rank!.Value)));
    }
}
