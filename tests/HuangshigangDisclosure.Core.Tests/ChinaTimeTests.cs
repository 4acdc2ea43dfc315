using HuangshigangDisclosure.Core.Time;

namespace HuangshigangDisclosure.Core.Tests;

public class ChinaTimeTests
{
    [Fact]
    public void An_evening_in_UTC_is_already_the_next_day_in_China() =>
        Assert.Equal(new DateOnly(2022, 10, 1), ChinaTime.DateOf(new DateTimeOffset(2022, 9, 30, 16, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Just_before_midnight_China_time_is_still_the_same_day() =>
        Assert.Equal(new DateOnly(2022, 9, 30), ChinaTime.DateOf(new DateTimeOffset(2022, 9, 30, 15, 59, 59, TimeSpan.Zero)));

    [Fact]
    public void Stored_UTC_is_shown_eight_hours_later() =>
        Assert.Equal(new DateTime(2022, 10, 21, 9, 0, 0), ChinaTime.ToChina(new DateTime(2022, 10, 21, 1, 0, 0, DateTimeKind.Utc)));
}
