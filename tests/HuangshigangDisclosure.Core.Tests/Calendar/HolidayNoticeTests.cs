using HuangshigangDisclosure.Core.Calendar;

namespace HuangshigangDisclosure.Core.Tests.Calendar;

public class HolidayNoticeTests
{
    [Fact]
    public void Dates_typed_with_any_separator_are_read_once_each_in_order_and_the_rest_is_named()
    {
        var (dates, unreadable) = HolidayNotice.ReadDates("2027-10-02，2027-10-01、2027-10-01\r\n 2027/10/03 ; 2027-02-30；十月四日\t2027-10-05");

        Assert.Equal([new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 2), new DateOnly(2027, 10, 5)], dates);
        Assert.Equal(["2027/10/03", "2027-02-30", "十月四日"], unreadable);
    }

    [Fact]
    public void Nothing_typed_is_no_dates_and_no_mistakes()
    {
        var (dates, unreadable) = HolidayNotice.ReadDates(null);

        Assert.Empty(dates);
        Assert.Empty(unreadable);
    }

    [Fact]
    public void A_stored_notice_round_trips_to_its_holiday_year()
    {
        var notice = new HolidayNotice { Year = 2027, Holidays = HolidayNotice.FormatDates([new(2027, 10, 2), new(2027, 10, 1)]), MakeUpWorkdays = "2027-10-09" };

        var year = notice.ToHolidayYear();

        Assert.Equal("2027-10-01,2027-10-02", notice.Holidays);
        Assert.Equal([new DateOnly(2027, 10, 1), new DateOnly(2027, 10, 2)], year.Holidays.Order());
        Assert.Equal([new DateOnly(2027, 10, 9)], year.MakeUpWorkdays);
    }
}
