using HuangshigangDisclosure.Core.Directory;

namespace HuangshigangDisclosure.Core.Tests.Directory;

public class DueDatesTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly? DueOn(DisclosureCycle cycle, DateOnly? lastLinked, DateOnly today)
    {
        var due = DueDates.Next(cycle, cycleDays: null, cycleWorkingDays: true, lastLinked, today);
        Assert.Equal(NextDueKind.OnDate, due.Kind);
        return due.On;
    }

    [Fact]
    public void A_monthly_entry_linked_this_month_is_next_due_at_the_end_of_next_month() =>
        Assert.Equal(D(2022, 8, 31), DueOn(DisclosureCycle.Monthly, D(2022, 7, 5), D(2022, 7, 20)));

    [Fact]
    public void A_monthly_entry_last_linked_in_an_earlier_month_is_due_at_the_end_of_this_month() =>
        Assert.Equal(D(2022, 7, 31), DueOn(DisclosureCycle.Monthly, D(2022, 6, 30), D(2022, 7, 1)));

    [Fact]
    public void A_monthly_entry_never_linked_is_due_at_the_end_of_this_month() =>
        Assert.Equal(D(2022, 9, 30), DueOn(DisclosureCycle.Monthly, null, D(2022, 9, 30)));

    [Fact]
    public void A_monthly_entry_linked_in_december_is_next_due_at_the_end_of_january() =>
        Assert.Equal(D(2023, 1, 31), DueOn(DisclosureCycle.Monthly, D(2022, 12, 1), D(2022, 12, 31)));

    [Fact]
    public void A_monthly_entry_linked_in_january_of_a_leap_year_is_due_on_29_february() =>
        Assert.Equal(D(2024, 2, 29), DueOn(DisclosureCycle.Monthly, D(2024, 1, 31), D(2024, 1, 31)));

    [Fact]
    public void A_quarterly_entry_with_nothing_linked_this_quarter_is_due_at_the_end_of_the_quarter() =>
        Assert.Equal(D(2022, 9, 30), DueOn(DisclosureCycle.Quarterly, D(2022, 6, 30), D(2022, 8, 10)));

    [Fact]
    public void A_quarterly_entry_never_linked_is_due_at_the_end_of_the_quarter() =>
        Assert.Equal(D(2022, 9, 30), DueOn(DisclosureCycle.Quarterly, null, D(2022, 8, 10)));

    [Fact]
    public void A_quarterly_entry_linked_on_the_first_day_of_the_quarter_is_next_due_at_the_end_of_the_next_quarter() =>
        Assert.Equal(D(2022, 12, 31), DueOn(DisclosureCycle.Quarterly, D(2022, 7, 1), D(2022, 9, 30)));

    [Fact]
    public void A_quarterly_entry_linked_in_the_fourth_quarter_is_next_due_on_31_march() =>
        Assert.Equal(D(2023, 3, 31), DueOn(DisclosureCycle.Quarterly, D(2022, 11, 15), D(2022, 12, 20)));

    [Fact]
    public void An_annual_entry_not_linked_this_year_is_due_on_31_december() =>
        Assert.Equal(D(2022, 12, 31), DueOn(DisclosureCycle.Annually, D(2021, 12, 31), D(2022, 1, 1)));

    [Fact]
    public void An_annual_entry_linked_this_year_is_next_due_at_the_end_of_next_year() =>
        Assert.Equal(D(2023, 12, 31), DueOn(DisclosureCycle.Annually, D(2022, 3, 1), D(2022, 8, 10)));

    [Fact]
    public void An_entry_due_within_days_of_formation_has_no_fixed_date()
    {
        var due = DueDates.Next(DisclosureCycle.WithinDays, 20, true, D(2022, 7, 5), D(2022, 8, 10));

        Assert.Equal(NextDue.AfterFormation(20, workingDays: true), due);
        Assert.Null(due.On);
    }

    [Fact]
    public void An_entry_due_within_calendar_days_keeps_the_kind_of_days()
    {
        var entry = new DirectoryEntry { Code = "05-01", Level1 = "保障性住房", Level2 = "分配结果", Cycle = DisclosureCycle.WithinDays, CycleDays = 20, CycleWorkingDays = false };

        var due = DueDates.Next(entry, null, D(2022, 8, 10));

        Assert.Equal(NextDueKind.AfterFormation, due.Kind);
        Assert.Equal(20, due.Days);
        Assert.False(due.WorkingDays);
    }

    [Fact]
    public void A_continuous_entry_is_never_due() =>
        Assert.Equal(NextDue.Continuous, DueDates.Next(DisclosureCycle.Continuous, null, true, null, D(2022, 8, 10)));
}
