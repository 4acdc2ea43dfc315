using HuangshigangDisclosure.Core.Scoring;
using static HuangshigangDisclosure.Core.Tests.Scoring.ScoringData;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class BurstTests
{
    private static UnitScore WithReminders(IEnumerable<DailyCount> items, params ReminderFact[] reminders) =>
        One(new ScoringInputs { Units = [Street()], DailyCounts = [.. items], Reminders = reminders });

    private static Burst SingleBurst(IEnumerable<DailyCount> items) => Assert.Single(One(Street(), items).Bursts);

    [Fact]
    public void Four_items_on_three_days_after_weeks_of_nothing_are_a_burst_on_the_first_day()
    {
        // The seed: 黄石港街道 silent from 7-22, then 9-06 (2), 9-07, 9-08.
        var unit = One(Street(), Items(1, D(7, 21), D(9, 6), D(9, 6), D(9, 7), D(9, 8)));

        Assert.True(unit.Burst);
        Assert.Equal(new Burst(D(9, 6), 4, null), Assert.Single(unit.Bursts));
        Assert.False(unit.BurstAfterReminder);
    }

    [Fact]
    public void Four_items_on_one_day_are_a_burst() =>
        Assert.Equal(D(9, 6), SingleBurst(Items(1, D(9, 6), D(9, 6), D(9, 6), D(9, 6))).StartsOn);

    [Fact]
    public void Three_items_in_three_days_are_not_a_burst() =>
        Assert.Empty(One(Street(), Items(1, D(9, 6), D(9, 7), D(9, 8))).Bursts);

    [Fact]
    public void Four_items_one_a_day_over_four_days_are_not_a_burst() =>
        Assert.Empty(One(Street(), Items(1, D(9, 6), D(9, 7), D(9, 8), D(9, 9))).Bursts);

    [Fact]
    public void An_item_21_days_before_prevents_the_burst_and_one_22_days_before_does_not()
    {
        DateOnly[] burst = [D(9, 6), D(9, 6), D(9, 7), D(9, 8)];

        Assert.Empty(One(Street(), Items(1, [D(8, 16), .. burst])).Bursts);
        Assert.Equal(D(9, 6), SingleBurst(Items(1, [D(8, 15), .. burst])).StartsOn);
    }

    [Fact]
    public void The_quiet_days_before_a_burst_early_in_the_quarter_are_looked_for_in_the_previous_quarter()
    {
        DateOnly[] burst = [D(7, 5), D(7, 5), D(7, 6), D(7, 7)];

        Assert.Empty(One(Street(), Items(1, [D(6, 20), .. burst])).Bursts);
        Assert.Equal(D(7, 5), SingleBurst(Items(1, [D(6, 13), .. burst])).StartsOn);
    }

    [Fact]
    public void A_burst_starting_on_29_September_belongs_to_the_third_quarter_though_it_ends_in_the_fourth()
    {
        var items = Items(1, D(9, 29), D(9, 29), D(9, 30), D(10, 1)).ToList();

        var q3 = One(Street(), items);
        var q4 = One(Inputs(Street(), items), today: new DateOnly(2023, 1, 10), quarter: new Quarter(2022, 4));

        Assert.Equal(new Burst(D(9, 29), 4, null), Assert.Single(q3.Bursts));
        Assert.Equal(3, q3.Total);
        Assert.Empty(q4.Bursts);
    }

    [Fact]
    public void A_burst_that_starts_in_the_previous_quarter_is_not_this_quarters()
    {
        Assert.Empty(One(Street(), Items(1, D(6, 29), D(6, 29), D(6, 30), D(7, 1))).Bursts);
    }

    [Fact]
    public void A_burst_starts_on_its_first_day_with_an_item_not_on_the_quiet_day_before()
    {
        Assert.Equal(new Burst(D(9, 7), 4, null), SingleBurst(Items(1, D(9, 7), D(9, 7), D(9, 8), D(9, 8))));
    }

    [Fact]
    public void The_days_after_a_bursts_start_do_not_start_bursts_of_their_own()
    {
        Assert.Equal(D(9, 6), SingleBurst(Every(1, D(9, 6), D(9, 12), 1).Concat(Every(1, D(9, 6), D(9, 12), 1))).StartsOn);
    }

    [Fact]
    public void A_quarter_can_hold_two_bursts()
    {
        var unit = One(Street(), Items(1, D(7, 5), D(7, 5), D(7, 5), D(7, 5), D(8, 20), D(8, 20), D(8, 21), D(8, 22)));

        Assert.Equal([D(7, 5), D(8, 20)], unit.Bursts.Select(b => b.StartsOn));
    }

    [Fact]
    public void The_burst_thresholds_are_configuration()
    {
        var options = new ScoringOptions { BurstMinimumItems = 5 };

        Assert.Empty(One(Inputs(Street(), Items(1, D(9, 6), D(9, 6), D(9, 7), D(9, 8))), options: options).Bursts);
    }

    [Fact]
    public void A_burst_the_day_after_a_reminder_follows_it()
    {
        var unit = WithReminders(Items(1, D(9, 6), D(9, 6), D(9, 7), D(9, 8)), new ReminderFact(1, D(9, 5)));

        Assert.True(unit.BurstAfterReminder);
        Assert.Equal(D(9, 5), Assert.Single(unit.Bursts).ReminderSentOn);
    }

    [Fact]
    public void A_burst_7_days_after_a_reminder_follows_it_and_8_days_after_does_not()
    {
        Assert.True(WithReminders(Items(1, D(9, 12), D(9, 12), D(9, 12), D(9, 12)), new ReminderFact(1, D(9, 5))).BurstAfterReminder);
        Assert.False(WithReminders(Items(1, D(9, 13), D(9, 13), D(9, 13), D(9, 13)), new ReminderFact(1, D(9, 5))).BurstAfterReminder);
    }

    [Fact]
    public void A_burst_on_the_day_of_the_reminder_does_not_follow_it()
    {
        var unit = WithReminders(Items(1, D(9, 5), D(9, 5), D(9, 5), D(9, 5)), new ReminderFact(1, D(9, 5)));

        Assert.True(unit.Burst);
        Assert.False(unit.BurstAfterReminder);
    }

    [Fact]
    public void A_reminder_to_another_unit_does_not_count()
    {
        Assert.False(WithReminders(Items(1, D(9, 6), D(9, 6), D(9, 6), D(9, 6)), new ReminderFact(2, D(9, 5))).BurstAfterReminder);
    }

    [Fact]
    public void A_reminder_of_the_previous_quarter_can_precede_a_burst_early_in_this_one()
    {
        var unit = WithReminders(Items(1, D(7, 5), D(7, 5), D(7, 5), D(7, 5)), new ReminderFact(1, D(6, 28)));

        Assert.Equal(D(6, 28), Assert.Single(unit.Bursts).ReminderSentOn);
    }

    [Fact]
    public void Of_two_reminders_before_a_burst_the_later_is_named()
    {
        var unit = WithReminders(Items(1, D(9, 6), D(9, 6), D(9, 6), D(9, 6)), new ReminderFact(1, D(9, 4)), new ReminderFact(1, D(9, 1)));

        Assert.Equal(D(9, 4), Assert.Single(unit.Bursts).ReminderSentOn);
    }

    [Fact]
    public void A_reminder_without_a_burst_flags_nothing()
    {
        var unit = WithReminders(Items(1, D(9, 6)), new ReminderFact(1, D(9, 5)));

        Assert.False(unit.Burst);
        Assert.False(unit.BurstAfterReminder);
    }
}
