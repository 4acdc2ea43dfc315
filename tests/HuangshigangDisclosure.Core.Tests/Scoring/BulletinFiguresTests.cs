using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using static HuangshigangDisclosure.Core.NewMedia.NewMediaStatus;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;
using Form = HuangshigangDisclosure.Core.Interpretations.InterpretationForm;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class BulletinFiguresTests
{
    private static BulletinFigures Bulletin(ScoringInputs inputs, DateOnly? today = null, ScoringOptions? options = null) =>
        BulletinFigures.From(Score(inputs, today, options), options ?? new ScoringOptions());

    private static IEnumerable<DailyCount> Quarterly(int unitId, int items) => Every(unitId, D(7, 1), D(9, 30), 1).Take(items);

    [Fact]
    public void The_street_average_has_one_decimal_in_tables_and_is_rounded_half_up_in_prose()
    {
        var bulletin = Bulletin(new ScoringInputs { Units = [Street("甲", 1), Street("乙", 2)], DailyCounts = [.. Quarterly(1, 8), .. Quarterly(2, 9)] });

        Assert.Equal(8.5m, bulletin.StreetAverage);
        Assert.Equal(9, bulletin.StreetAverageInProse);
    }

    [Fact]
    public void An_average_of_8_and_a_third_is_8_3_and_8_in_prose()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Street("甲", 1), Street("乙", 2), Street("丙", 3)],
            DailyCounts = [.. Quarterly(1, 8), .. Quarterly(2, 8), .. Quarterly(3, 9)],
        });

        Assert.Equal(8.3m, bulletin.StreetAverage);
        Assert.Equal(8, bulletin.StreetAverageInProse);
    }

    [Fact]
    public void The_management_zone_is_averaged_with_the_streets_and_departments_are_not()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [new UnitFacts(1, "江北管理区", UnitKind.ManagementZone, 1), Street("花湖街道", 2), Department("区财政局", 100)],
            DailyCounts = [.. Quarterly(1, 8), .. Quarterly(2, 7), .. Quarterly(100, 35)],
        });

        Assert.Equal(["江北管理区", "花湖街道"], bulletin.Streets.Select(s => s.Name));
        Assert.Equal(7.5m, bulletin.StreetAverage);
        Assert.Equal(50, bulletin.DistrictTotal);
    }

    [Fact]
    public void Without_streets_there_is_no_average_and_nobody_met()
    {
        var bulletin = Bulletin(new ScoringInputs());

        Assert.Null(bulletin.StreetAverage);
        Assert.Null(bulletin.StreetAverageInProse);
        Assert.Empty(bulletin.MetUnits);
        Assert.Empty(bulletin.MostComplete);
        Assert.Equal(0, bulletin.DistrictTotal);
        Assert.Equal(NewMediaFigures.Empty, bulletin.NewMedia);
    }

    [Fact]
    public void The_units_that_met_are_the_streets_that_met_in_the_offices_order()
    {
        var options = new ScoringOptions();
        options.UnitQuotas["区财政局"] = new QuotaPolicy { QuarterlyMinimum = 1 };

        var bulletin = Bulletin(
            new ScoringInputs
            {
                Units = [Street("乙", 2), Street("甲", 1), Street("丙", 3), Department("区财政局", 100)],
                DailyCounts = [.. Quarterly(1, 12), .. Quarterly(2, 13), .. Quarterly(3, 11), .. Quarterly(100, 5)],
            },
            options: options);

        Assert.Equal(["甲", "乙"], bulletin.MetUnits);
    }

    [Fact]
    public void While_the_quarter_runs_a_street_below_its_quota_is_not_listed_as_met()
    {
        var bulletin = Bulletin(new ScoringInputs { Units = [Street("甲", 1)], DailyCounts = [.. Monthly(1, 4, 2, 0)] }, today: D(8, 10));

        Assert.Empty(bulletin.MetUnits);
    }

    [Fact]
    public void The_most_complete_are_the_top_3_by_coverage_then_by_linked_items()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Department("区人社局", 1), Department("区财政局", 2), Department("区民政局", 3), Department("区司法局", 4), Department("区统计局", 5), Department("区教育局", 6)],
            Directory =
            [
                new DirectoryFact(1, 5, 5, 16), new DirectoryFact(2, 5, 5, 35), new DirectoryFact(3, 5, 5, 18),
                new DirectoryFact(4, 4, 3, 40), new DirectoryFact(5, 3, 0, 0),
            ],
        });

        Assert.Equal(
            [new CompleteUnit("区财政局", 35, 1m, 5, 5), new CompleteUnit("区民政局", 18, 1m, 5, 5), new CompleteUnit("区人社局", 16, 1m, 5, 5)],
            bulletin.MostComplete);
    }

    [Fact]
    public void A_unit_that_covered_nothing_or_had_nothing_due_is_never_most_complete()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Department("区统计局", 1), Department("区教育局", 2), Department("区司法局", 3)],
            Directory = [new DirectoryFact(1, 3, 0, 0), new DirectoryFact(3, 4, 1, 2)],
        });

        Assert.Equal(["区司法局"], bulletin.MostComplete.Select(u => u.Name));
    }

    [Fact]
    public void Streets_silent_for_21_days_or_more_are_flagged_and_departments_without_a_quota_are_not()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Street("甲", 1), Street("乙", 2), Department("区统计局", 100)],
            DailyCounts = [.. Items(1, D(7, 1)), .. Every(1, D(7, 23), D(9, 30), 1), .. Items(2, D(7, 1)), .. Every(2, D(7, 22), D(9, 30), 1)],
        });

        Assert.Equal([new SilentUnit("甲", 21, D(7, 2), D(7, 22))], bulletin.SilentUnits);
    }

    [Fact]
    public void Units_that_burst_are_flagged_whatever_their_kind_with_the_reminder_they_followed()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Street("黄石港街道", 1), Department("区住房和城市更新局", 100)],
            DailyCounts = [.. Items(1, D(9, 6), D(9, 6), D(9, 7), D(9, 8)), .. Items(100, D(8, 1), D(8, 1), D(8, 1), D(8, 1), D(8, 1))],
            Reminders = [new ReminderFact(1, D(9, 5))],
        });

        Assert.Equal(["黄石港街道", "区住房和城市更新局"], bulletin.BurstUnits.Select(b => b.Name));
        Assert.Equal([true, false], bulletin.BurstUnits.Select(b => b.AfterReminder));
    }

    [Fact]
    public void The_units_that_supplied_interpretations_are_listed_with_their_forms()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Department("区发改局", 1), Department("区司法局", 2), Department("区统计局", 3)],
            Interpretations = [new InterpretationFact(2, Form.Text, 1), new InterpretationFact(1, Form.Text, 1), new InterpretationFact(1, Form.Chart, 2)],
        });

        Assert.Equal(["区发改局", "区司法局"], bulletin.InterpretationUnits.Select(u => u.Name));
        Assert.Equal([Form.Text, Form.Chart], bulletin.InterpretationUnits[0].Forms);
        Assert.Equal(3, bulletin.InterpretationUnits[0].Interpretations);
    }

    [Fact]
    public void New_media_totals_add_up_every_units_accounts()
    {
        var bulletin = Bulletin(new ScoringInputs
        {
            Units = [Street("黄石港街道", 1), Department("区财政局", 100)],
            NewMedia = [new(1, Operating, D(10, 20), true, false, 2), new(1, ClosurePlanned, D(9, 1), true, false, 5), new(1, Suspended, D(7, 1), true, true), new(100, Operating, D(9, 1), false, false)],
        });

        Assert.Equal(new NewMediaFigures(Accounts: 9, Operating: 3, Dormant: 1, Unfiled: 1, Compliant: 2, ClosurePlanned: 5, Suspended: 1, Cancelled: 0), bulletin.NewMedia);
    }
}
