using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Core.Tests.Publications.Imports;

public class ImportDateTests
{
    [Theory]
    [InlineData("2022-07-05", "2022-07-05")]
    [InlineData("2022-7-5", "2022-07-05")]
    [InlineData("2022/7/5", "2022-07-05")]
    [InlineData("2022/07/05", "2022-07-05")]
    [InlineData("2022.07.05", "2022-07-05")]
    [InlineData("2022年7月5日", "2022-07-05")]
    [InlineData("2022年07月05日", "2022-07-05")]
    [InlineData(" 2022.7.5 ", "2022-07-05")]
    [InlineData("２０２２年７月５日", "2022-07-05")]
    [InlineData("20220705", "2022-07-05")]
    [InlineData("2022/7/5 10:30", "2022-07-05")]
    [InlineData("2022年7月5日 23:59:59", "2022-07-05")]
    public void Dates_written_by_hand_are_read_as_written(string text, string expected)
    {
        Assert.True(ImportDate.TryParse(new ImportCell(text), out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    // 44562 is 2022-01-01 in Excel; 2022-07-05 is the 186th day of 2022, so 44562 + 185.
    [InlineData("44747", "2022-07-05")]
    [InlineData("44747.75", "2022-07-05")]
    [InlineData("44562", "2022-01-01")]
    // 36526 is 2000-01-01.
    [InlineData("36526", "2000-01-01")]
    public void An_Excel_serial_number_in_text_is_a_date(string text, string expected)
    {
        Assert.True(ImportDate.TryParse(new ImportCell(text), out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void An_Excel_number_cell_is_a_serial_date()
    {
        Assert.True(ImportDate.TryParse(new ImportCell("44747", Number: 44747d), out var date));
        Assert.Equal(new DateOnly(2022, 7, 5), date);
    }

    [Fact]
    public void An_Excel_date_cell_keeps_its_calendar_date_whatever_its_text()
    {
        var cell = new ImportCell("07/05/2022 21:45:00", Date: new DateTime(2022, 7, 5, 21, 45, 0, DateTimeKind.Unspecified));

        Assert.True(ImportDate.TryParse(cell, out var date));
        Assert.Equal(new DateOnly(2022, 7, 5), date);
    }

    [Theory]
    // 16:30Z is 00:30 the next day in Beijing: this item belongs to Q4, not Q3.
    [InlineData("2022-09-30T16:30:00Z", "2022-10-01")]
    [InlineData("2022-09-30T16:00:00Z", "2022-10-01")]
    [InlineData("2022-09-30T15:59:59Z", "2022-09-30")]
    [InlineData("2022-09-30T15:59:59.999Z", "2022-09-30")]
    [InlineData("2022-09-30t16:30:00z", "2022-10-01")]
    [InlineData("2022-09-30T16:30:00+08:00", "2022-09-30")]
    [InlineData("2022-09-30T23:59:59+0800", "2022-09-30")]
    [InlineData("2022-09-30T16:30:00+00", "2022-10-01")]
    // 20:30 at UTC-5 is 01:30 UTC on 10-01, 09:30 in Beijing.
    [InlineData("2022-09-30T20:30:00-05:00", "2022-10-01")]
    // 01:00 at UTC+9 (Tokyo) is 00:00 in Beijing, the same day.
    [InlineData("2022-10-01T01:00:00+09:00", "2022-10-01")]
    [InlineData("2022-10-01T00:59:59+09:00", "2022-09-30")]
    // Without an offset a timestamp is already China time.
    [InlineData("2022-09-30T16:30:00", "2022-09-30")]
    [InlineData("2022-09-30 23:30", "2022-09-30")]
    public void A_timestamp_becomes_its_date_in_China(string text, string expected)
    {
        Assert.True(ImportDate.TryParse(new ImportCell(text), out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void A_UTC_date_cell_is_converted_to_China()
    {
        var cell = new ImportCell("", Date: new DateTime(2022, 9, 30, 16, 30, 0, DateTimeKind.Utc));

        Assert.True(ImportDate.TryParse(cell, out var date));
        Assert.Equal(new DateOnly(2022, 10, 1), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("昨天")]
    [InlineData("2022-13-01")]
    [InlineData("2022-02-29")]
    [InlineData("2022-04-31")]
    [InlineData("2022-00-10")]
    [InlineData("5/7/2022")]
    [InlineData("22-7-5")]
    [InlineData("2022-07")]
    [InlineData("2022-07-05T24:00:00Z")]
    [InlineData("2022-07-05T10:60")]
    [InlineData("2022-07-05T10:30:00+15:00")]
    [InlineData("0")]
    [InlineData("-44747")]
    [InlineData("3000000")]
    [InlineData("20221305")]
    [InlineData("٢٠٢٢-٠٧-٠٥")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.False(ImportDate.TryParse(new ImportCell(text), out _));
    }

    [Fact]
    public void A_leap_day_is_a_date_in_a_leap_year()
    {
        Assert.True(ImportDate.TryParse(new ImportCell("2024-02-29"), out var date));
        Assert.Equal(new DateOnly(2024, 2, 29), date);
    }
}
