using HuangshigangDisclosure.Core.Scoring;

namespace HuangshigangDisclosure.Core.Tests.Scoring;

public class QuarterTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2022Q3")]
    [InlineData("2022q3")]
    [InlineData("2022-Q3")]
    [InlineData("2022-q3")]
    [InlineData(" 2022 Q3 ")]
    public void A_quarter_is_read_in_the_ways_people_write_it(string text)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(2022, 3), quarter);
        Assert.Equal(new Quarter(2022, 3), Quarter.Parse(text));
    }

    [Theory]
    [InlineData("2022Q5")]
    [InlineData("2022Q0")]
    [InlineData("22Q3")]
    [InlineData("2022")]
    [InlineData("Q3 2022")]
    [InlineData("2022-3")]
    [InlineData("0000Q1")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_is_not_a_quarter_is_refused(string? text)
    {
        Assert.False(Quarter.TryParse(text, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => Quarter.Parse(text));
        }
    }

    [Fact]
    public void A_quarter_is_written_as_2022Q3() => Assert.Equal("2022Q3", new Quarter(2022, 3).ToString());

    [Fact]
    public void The_third_quarter_of_2022_runs_from_1_July_to_30_September_inclusive()
    {
        var q3 = new Quarter(2022, 3);

        Assert.Equal(2022, q3.Year);
        Assert.Equal(3, q3.Number);
        Assert.Equal(D(2022, 7, 1), q3.Start);
        Assert.Equal(D(2022, 9, 30), q3.End);
        Assert.Equal(92, q3.Days);
        Assert.Equal([D(2022, 7, 1), D(2022, 8, 1), D(2022, 9, 1)], q3.Months);
    }

    [Fact]
    public void The_first_quarter_has_91_days_in_a_leap_year_and_90_otherwise()
    {
        Assert.Equal(91, new Quarter(2024, 1).Days);
        Assert.Equal(D(2024, 3, 31), new Quarter(2024, 1).End);
        Assert.Equal(90, new Quarter(2023, 1).Days);
        Assert.Equal(D(2022, 12, 31), new Quarter(2022, 4).End);
    }

    [Fact]
    public void A_quarter_contains_its_first_and_last_day_and_nothing_outside()
    {
        var q3 = new Quarter(2022, 3);

        Assert.True(q3.Contains(D(2022, 7, 1)));
        Assert.True(q3.Contains(D(2022, 9, 30)));
        Assert.False(q3.Contains(D(2022, 6, 30)));
        Assert.False(q3.Contains(D(2022, 10, 1)));
    }

    [Fact]
    public void The_day_of_a_date_decides_its_quarter()
    {
        Assert.Equal(new Quarter(2022, 3), Quarter.Of(D(2022, 9, 30)));
        Assert.Equal(new Quarter(2022, 4), Quarter.Of(D(2022, 10, 1)));
        Assert.Equal(new Quarter(2023, 1), Quarter.Of(D(2023, 1, 1)));
    }

    [Fact]
    public void A_day_knows_which_month_of_its_quarter_it_is_in()
    {
        var q3 = new Quarter(2022, 3);

        Assert.Equal(0, q3.MonthIndexOf(D(2022, 7, 31)));
        Assert.Equal(1, q3.MonthIndexOf(D(2022, 8, 1)));
        Assert.Equal(2, q3.MonthIndexOf(D(2022, 9, 30)));
        Assert.Equal(-1, q3.MonthIndexOf(D(2022, 10, 1)));
    }

    [Fact]
    public void The_quarter_before_the_first_is_the_fourth_of_the_year_before_and_after_the_fourth_comes_the_next_first()
    {
        Assert.Equal(new Quarter(2021, 4), new Quarter(2022, 1).Previous);
        Assert.Equal(new Quarter(2023, 1), new Quarter(2022, 4).Next);
        Assert.Equal(new Quarter(2022, 2), new Quarter(2022, 3).Previous);
        Assert.Equal(new Quarter(2022, 4), new Quarter(2022, 3).Next);
    }

    [Fact]
    public void Quarters_compare_in_time_order()
    {
        Assert.True(new Quarter(2021, 4) < new Quarter(2022, 1));
        Assert.True(new Quarter(2022, 3) > new Quarter(2022, 2));
        Assert.True(new Quarter(2022, 3) <= new Quarter(2022, 3));
        Assert.Equal(
            ["2021Q4", "2022Q1", "2022Q3"],
            new[] { new Quarter(2022, 3), new Quarter(2021, 4), new Quarter(2022, 1) }.Order().Select(q => q.ToString()));
    }

    [Fact]
    public void The_chinese_label_is_2022年第三季度_and_the_months_are_7月_8月_9月()
    {
        Assert.Equal("2022年第三季度", new Quarter(2022, 3).ChineseLabel);
        Assert.Equal("2024年第一季度", new Quarter(2024, 1).ChineseLabel);
        Assert.Equal("2022年第四季度", new Quarter(2022, 4).ChineseLabel);
        Assert.Equal(["7月", "8月", "9月"], new Quarter(2022, 3).MonthLabels);
        Assert.Equal(["10月", "11月", "12月"], new Quarter(2022, 4).MonthLabels);
    }

    [Fact]
    public void A_quarter_numbered_outside_1_to_4_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2022, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2022, 0));
    }
}
