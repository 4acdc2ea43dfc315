using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class SilenceTests
{
    [Fact]
    public void Items_on_5_July_and_20_July_leave_a_silence_of_14_days()
    {
        // Weekly after 7-20, so the 14 days 7-06 … 7-19 are the longest.
        var unit = One(Street(), [.. Items(1, D(7, 1), D(7, 5)), .. Every(1, D(7, 20), D(9, 30), 7), .. Items(1, D(9, 30))]);

        Assert.Equal(14, unit.LongestSilenceDays);
        Assert.Equal((D(7, 6), D(7, 19)), unit.LongestSilence);
    }

    [Fact]
    public void A_first_item_on_5_July_leaves_4_days_before_it()
    {
        var unit = One(Street(), Every(1, D(7, 5), D(9, 30), 3)); // 7-05, 7-08, … 9-30

        Assert.Equal(4, unit.LongestSilenceDays);
        Assert.Equal((D(7, 1), D(7, 4)), unit.LongestSilence);
    }

    [Fact]
    public void A_last_item_on_20_September_leaves_the_10_days_to_the_quarters_end()
    {
        var unit = One(Street(), Every(1, D(7, 1), D(9, 20), 3)); // 7-01, 7-04, … 9-20

        Assert.Equal(10, unit.LongestSilenceDays);
        Assert.Equal((D(9, 21), D(9, 30)), unit.LongestSilence);
    }

    [Fact]
    public void A_unit_with_no_item_is_silent_the_whole_quarter()
    {
        var unit = One(Street());

        Assert.Equal(92, unit.LongestSilenceDays);
        Assert.Equal((D(7, 1), D(9, 30)), unit.LongestSilence);
    }

    [Fact]
    public void An_item_every_day_leaves_no_silence()
    {
        var unit = One(Street(), Every(1, D(7, 1), D(9, 30), 1));

        Assert.Equal(0, unit.LongestSilenceDays);
        Assert.Null(unit.LongestSilence);
    }

    [Fact]
    public void Items_of_the_previous_quarter_do_not_shorten_this_quarters_silence()
    {
        var unit = One(Street(), Items(1, D(6, 30), D(10, 1)));

        Assert.Equal(92, unit.LongestSilenceDays);
    }

    [Fact]
    public void While_the_quarter_runs_the_silence_counts_up_to_today_included()
    {
        var unit = One(Street(), Every(1, D(7, 1), D(7, 20), 1), today: D(8, 10));

        Assert.Equal(21, unit.LongestSilenceDays); // 7-21 … 8-10
        Assert.Equal((D(7, 21), D(8, 10)), unit.LongestSilence);
    }

    [Fact]
    public void A_unit_with_nothing_in_a_running_quarter_is_silent_for_the_days_elapsed()
    {
        Assert.Equal(10, One(Street(), today: D(7, 10)).LongestSilenceDays);
    }

    [Fact]
    public void An_item_published_today_ends_the_silence()
    {
        Assert.Equal(9, One(Street(), Items(1, D(7, 10)), today: D(7, 10)).LongestSilenceDays);
    }

    [Fact]
    public void A_unit_created_on_15_August_is_silent_only_from_that_day()
    {
        Assert.Equal(47, One(Street(activeFrom: D(8, 15))).LongestSilenceDays); // 17 days of August + 30 of September
    }

    [Fact]
    public void A_unit_deactivated_on_31_July_is_silent_only_until_that_day()
    {
        Assert.Equal(31, One(Street(activeTo: D(7, 31))).LongestSilenceDays);
    }

    [Fact]
    public void Of_two_equally_long_silences_the_earlier_is_reported()
    {
        var days = Enumerable.Range(0, 92).Select(i => D(7, 1).AddDays(i))
            .Where(d => !(d >= D(7, 10) && d <= D(7, 12)) && !(d >= D(8, 10) && d <= D(8, 12)))
            .ToArray();

        var unit = One(Street(), Items(1, days));

        Assert.Equal(3, unit.LongestSilenceDays);
        Assert.Equal((D(7, 10), D(7, 12)), unit.LongestSilence);
    }
}
