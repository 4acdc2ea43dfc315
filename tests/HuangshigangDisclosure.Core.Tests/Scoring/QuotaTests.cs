using HuangshigangDisclosure.Core.Scoring;
using static HuangshigangDisclosure.Core.Scoring.QuotaOutcome;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class QuotaTests
{
    [Fact]
    public void Items_are_counted_in_the_month_of_their_date_and_days_outside_the_quarter_do_not_count()
    {
        var unit = One(Street(), Items(1, D(6, 30), D(7, 1), D(7, 31), D(8, 1), D(9, 30), D(9, 30), D(10, 1)));

        Assert.Equal([2, 1, 2], unit.Months);
        Assert.Equal(5, unit.Total);
    }

    [Fact]
    public void Several_rows_for_the_same_unit_and_day_add_up()
    {
        var unit = One(Street(), [new(1, D(7, 5), 2), new(1, D(7, 5), 3)]);

        Assert.Equal([5, 0, 0], unit.Months);
    }

    [Fact]
    public void Items_of_another_unit_are_not_counted()
    {
        var unit = One(Street(id: 1), Monthly(2, 4, 4, 4));

        Assert.Equal(0, unit.Total);
    }

    [Fact]
    public void A_street_with_12_items_meets_the_quarter_quota_and_with_11_does_not()
    {
        var twelve = One(Street(), Monthly(1, 4, 4, 4));
        var eleven = One(Street(), Monthly(1, 4, 4, 3));

        Assert.Equal((12, 12, Met, true), (twelve.Total, twelve.QuarterMinimum, twelve.QuarterOutcome, twelve.QuarterMet));
        Assert.Equal((11, Missed, false), (eleven.Total, eleven.QuarterOutcome, eleven.QuarterMet));
    }

    [Fact]
    public void Each_month_with_at_least_4_items_is_met()
    {
        var unit = One(Street(), Monthly(1, 3, 5, 4));

        Assert.Equal(4, unit.MonthlyMinimum);
        Assert.Equal([Missed, Met, Met], unit.MonthOutcomes);
        Assert.Equal(2, unit.MonthsMet);
        Assert.Equal(3, unit.MonthsJudged);
    }

    [Fact]
    public void Twelve_items_in_one_month_meet_the_quarter_but_only_that_month()
    {
        var unit = One(Street(), Monthly(1, 12, 0, 0));

        Assert.Equal(Met, unit.QuarterOutcome);
        Assert.Equal(1, unit.MonthsMet);
    }

    [Fact]
    public void A_department_has_no_quota_to_meet_or_miss()
    {
        var unit = One(Department(), Monthly(100, 1, 0, 0));

        Assert.Null(unit.QuarterMinimum);
        Assert.Null(unit.MonthlyMinimum);
        Assert.Equal(None, unit.QuarterOutcome);
        Assert.Null(unit.QuarterMet);
        Assert.Equal([None, None, None], unit.MonthOutcomes);
        Assert.Equal(0, unit.MonthsMet);
        Assert.Equal(1, unit.Total);
    }

    [Fact]
    public void While_the_quarter_runs_a_month_still_running_and_the_quarter_are_open_not_failed()
    {
        var unit = One(Street(), Monthly(1, 4, 2, 0), today: D(8, 10));

        Assert.Equal([Met, Open, Open], unit.MonthOutcomes);
        Assert.Equal(Open, unit.QuarterOutcome);
        Assert.Null(unit.QuarterMet);
        Assert.Equal(1, unit.MonthsJudged);
    }

    [Fact]
    public void A_month_that_has_ended_below_the_minimum_is_missed_even_while_the_quarter_runs()
    {
        var unit = One(Street(), Monthly(1, 3, 0, 0), today: D(8, 10));

        Assert.Equal([Missed, Open, Open], unit.MonthOutcomes);
    }

    [Fact]
    public void On_the_last_day_of_a_month_the_month_is_still_open_and_the_next_day_it_is_missed()
    {
        Assert.Equal(Open, One(Street(), Monthly(1, 3, 0, 0), today: D(7, 31)).MonthOutcomes[0]);
        Assert.Equal(Missed, One(Street(), Monthly(1, 3, 0, 0), today: D(8, 1)).MonthOutcomes[0]);
    }

    [Fact]
    public void On_the_last_day_of_the_quarter_it_is_still_open_and_the_next_day_it_is_missed()
    {
        Assert.Equal(Open, One(Street(), Monthly(1, 4, 4, 3), today: D(9, 30)).QuarterOutcome);
        Assert.Equal(Missed, One(Street(), Monthly(1, 4, 4, 3), today: D(10, 1)).QuarterOutcome);
    }

    [Fact]
    public void A_quota_reached_before_the_quarter_ends_is_met_at_once()
    {
        var unit = One(Street(), Monthly(1, 4, 4, 4), today: D(9, 15));

        Assert.Equal(Met, unit.QuarterOutcome);
        Assert.Equal([Met, Met, Met], unit.MonthOutcomes);
    }

    [Fact]
    public void A_quarter_that_has_not_begun_is_open_everywhere()
    {
        var unit = One(Street(), today: D(6, 20));

        Assert.Equal([Open, Open, Open], unit.MonthOutcomes);
        Assert.Equal(Open, unit.QuarterOutcome);
        Assert.Equal(0, unit.LongestSilenceDays);
    }

    [Fact]
    public void A_street_created_on_1_August_owes_4_a_month_for_August_and_September_and_8_for_the_quarter()
    {
        var unit = One(Street(activeFrom: D(8, 1)), Monthly(1, 0, 4, 4));

        Assert.Equal([D(8, 1), D(9, 1)], unit.ActiveMonths);
        Assert.Equal([None, Met, Met], unit.MonthOutcomes);
        Assert.Equal(8, unit.QuarterMinimum);
        Assert.Equal(Met, unit.QuarterOutcome);
    }

    [Fact]
    public void A_street_created_on_15_August_is_judged_only_for_September_the_first_whole_month()
    {
        var unit = One(Street(activeFrom: D(8, 15)), Items(1, D(8, 20), D(8, 21), D(9, 5), D(9, 6), D(9, 7)));

        Assert.Equal([D(9, 1)], unit.ActiveMonths);
        Assert.Equal([None, None, Missed], unit.MonthOutcomes);
        Assert.Equal(4, unit.QuarterMinimum);
        Assert.Equal(5, unit.Total);
        Assert.Equal(Met, unit.QuarterOutcome);
    }

    [Fact]
    public void A_street_deactivated_on_20_August_is_judged_only_for_July()
    {
        var unit = One(Street(activeTo: D(8, 20)), Monthly(1, 4, 1, 0));

        Assert.Equal([D(7, 1)], unit.ActiveMonths);
        Assert.Equal([Met, None, None], unit.MonthOutcomes);
        Assert.Equal(4, unit.QuarterMinimum);
        Assert.Equal(Met, unit.QuarterOutcome);
    }

    [Fact]
    public void A_street_active_from_the_first_to_the_last_day_of_the_quarter_is_judged_for_all_three_months()
    {
        var unit = One(Street(activeFrom: D(7, 1), activeTo: D(9, 30)), Monthly(1, 4, 4, 4));

        Assert.Equal(3, unit.ActiveMonths.Count);
        Assert.Equal(12, unit.QuarterMinimum);
    }

    [Fact]
    public void A_street_created_in_the_last_month_has_no_whole_month_and_so_no_quota_this_quarter()
    {
        var unit = One(Street(activeFrom: D(9, 15)), Items(1, D(9, 20)));

        Assert.Empty(unit.ActiveMonths);
        Assert.Null(unit.QuarterMinimum);
        Assert.Equal(None, unit.QuarterOutcome);
        Assert.Equal([None, None, None], unit.MonthOutcomes);
        Assert.Equal(1, unit.Total);
    }

    [Fact]
    public void A_pro_rated_quarterly_minimum_is_rounded_up()
    {
        var options = new ScoringOptions();
        options.UnitQuotas["沈家营街道"] = new QuotaPolicy { QuarterlyMinimum = 10 };

        var unit = One(Inputs(Street(activeFrom: D(8, 1))), options: options);

        Assert.Equal(7, unit.QuarterMinimum); // 10 × 2 ÷ 3 = 6.67
        Assert.Null(unit.MonthlyMinimum);
    }

    [Fact]
    public void A_unit_inactive_for_the_whole_quarter_is_not_scored_and_its_items_are_not_in_the_district_total()
    {
        var scores = Score(new ScoringInputs
        {
            Units = [Street("沈家营街道", 1), Street("旧街道", 2, activeTo: D(6, 30)), Street("新街道", 3, activeFrom: D(10, 1))],
            DailyCounts = [.. Monthly(1, 4, 4, 4), .. Monthly(2, 1, 1, 1), .. Monthly(3, 1, 1, 1)],
        });

        Assert.Equal(["沈家营街道"], scores.Units.Select(u => u.Name));
        Assert.Equal(12, scores.DistrictTotal);
    }

    [Fact]
    public void A_department_given_its_own_quota_is_judged_by_it()
    {
        var options = new ScoringOptions();
        options.UnitQuotas["区财政局"] = new QuotaPolicy { MonthlyMinimum = 2, QuarterlyMinimum = 6 };

        var unit = One(Inputs(Department("区财政局"), Monthly(100, 2, 2, 1)), options: options);

        Assert.Equal([Met, Met, Missed], unit.MonthOutcomes);
        Assert.Equal(Missed, unit.QuarterOutcome);
    }
}
