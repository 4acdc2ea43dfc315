using HuangshigangDisclosure.Core.Calendar;

namespace HuangshigangDisclosure.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.Shipped;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Three_working_days_after_29_September_2022_is_the_make_up_Sunday_9_October()
    {
        // 9-30 (Fri) is the 1st; 10-1…10-7 National Day; Sat 10-8 and Sun 10-9 are make-up working days.
        Assert.Equal(D(2022, 10, 9), _calendar.AddWorkingDays(D(2022, 9, 29), 3));
        Assert.Equal(DayOfWeek.Sunday, D(2022, 10, 9).DayOfWeek);
    }

    [Fact]
    public void Twenty_working_days_from_27_September_2024_run_to_30_October()
    {
        // domain.md: information formed on 2024-09-27 is due by 2024-10-30, across National Day.
        Assert.Equal(D(2024, 10, 30), _calendar.AddWorkingDays(D(2024, 9, 27), 20));
    }

    [Theory]
    [InlineData(2022, 249)]
    [InlineData(2023, 249)]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Each_shipped_year_has_the_notices_number_of_working_days(int year, int expected) =>
        Assert.Equal(expected, _calendar.WorkingDaysBetween(D(year - 1, 12, 31), D(year, 12, 31)));

    [Fact]
    public void Counting_by_the_index_agrees_with_walking_day_by_day_inside_and_beyond_the_indexed_years()
    {
        // The calendar counts working days from a running total over 2000–2100 and walks day by day outside it.
        var random = new Random(8);
        var starts = new[] { D(1999, 12, 20), D(2021, 12, 25), D(2024, 9, 27), D(2026, 12, 28), D(2100, 12, 20) };
        foreach (var start in starts)
        {
            for (var i = 0; i < 200; i++)
            {
                var from = start.AddDays(random.Next(0, 20));
                var to = from.AddDays(random.Next(-40, 400));
                var walked = 0;
                var (low, high) = from <= to ? (from, to) : (to, from);
                for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
                {
                    walked += _calendar.IsWorkingDay(day) ? 1 : 0;
                }

                Assert.Equal(from <= to ? walked : -walked, _calendar.WorkingDaysBetween(from, to));
            }
        }
    }

    [Fact]
    public void Holidays_and_make_up_days_override_the_weekday_rule()
    {
        Assert.False(_calendar.IsWorkingDay(D(2022, 10, 3)));  // Monday, National Day
        Assert.True(_calendar.IsWorkingDay(D(2022, 10, 8)));   // Saturday, make-up day
        Assert.False(_calendar.IsWorkingDay(D(2022, 10, 15))); // an ordinary Saturday
        Assert.True(_calendar.IsWorkingDay(D(2022, 10, 10)));  // an ordinary Monday
    }

    [Fact]
    public void The_lag_of_a_same_day_interpretation_is_zero_and_of_the_next_working_day_one()
    {
        Assert.Equal(0, _calendar.WorkingDaysBetween(D(2022, 9, 29), D(2022, 9, 29)));
        Assert.Equal(1, _calendar.WorkingDaysBetween(D(2022, 9, 29), D(2022, 9, 30)));
        Assert.Equal(1, _calendar.WorkingDaysBetween(D(2022, 9, 29), D(2022, 10, 7)));
        Assert.Equal(3, _calendar.WorkingDaysBetween(D(2022, 9, 29), D(2022, 10, 9)));
        Assert.Equal(-3, _calendar.WorkingDaysBetween(D(2022, 10, 9), D(2022, 9, 29)));
    }

    [Fact]
    public void The_explanation_names_the_holidays_and_make_up_days_in_between()
    {
        var explanation = _calendar.Explain(D(2022, 9, 29), D(2022, 10, 10));

        Assert.Equal(4, explanation.WorkingDays); // 9-30, 10-8, 10-9, 10-10
        Assert.Equal(11, explanation.CalendarDays);
        Assert.Equal([D(2022, 10, 3), D(2022, 10, 4), D(2022, 10, 5), D(2022, 10, 6), D(2022, 10, 7)], explanation.Holidays);
        Assert.Equal([D(2022, 10, 8), D(2022, 10, 9)], explanation.MakeUpWorkdays);
        Assert.Equal(2, explanation.WeekendDays); // 10-1 and 10-2: Saturday and Sunday holidays count as weekend days
        Assert.Empty(explanation.UnknownYears);
    }

    [Fact]
    public void A_year_without_a_notice_falls_back_to_weekdays_and_says_so()
    {
        Assert.False(_calendar.Knows(2027));
        Assert.Equal([2027], _calendar.Explain(D(2026, 12, 30), D(2027, 1, 5)).UnknownYears);
        Assert.True(_calendar.IsWorkingDay(D(2027, 1, 1)));
    }

    [Fact]
    public void The_office_can_add_next_years_notice()
    {
        var withNewYear = _calendar.With(HolidayYear.Create(2027, [D(2027, 1, 1)], [D(2027, 1, 2)]));

        Assert.False(withNewYear.IsWorkingDay(D(2027, 1, 1)));
        Assert.True(withNewYear.IsWorkingDay(D(2027, 1, 2)));
        Assert.True(withNewYear.Knows(2027));
        Assert.False(_calendar.Knows(2027));
    }

    [Fact]
    public void A_notice_with_a_date_of_another_year_or_a_date_both_ways_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HolidayYear.Create(2027, [D(2026, 12, 31)], []));
        Assert.Throws<ArgumentException>(() => HolidayYear.Create(2027, [D(2027, 2, 6)], [D(2027, 2, 6)]));
    }
}
