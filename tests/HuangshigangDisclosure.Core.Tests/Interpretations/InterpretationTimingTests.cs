using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Interpretations;

namespace HuangshigangDisclosure.Core.Tests.Interpretations;

public class InterpretationTimingTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Shipped;

    [Theory]
    // A policy of Thursday 2022-09-29: Friday 09-30 is day 1; 10-01…10-07 are National Day; the make-up Saturday 10-08 is day 2, Sunday 10-09 day 3.
    [InlineData("2022-09-29", "2022-09-29", 0, true)]
    [InlineData("2022-09-29", "2022-09-30", 1, true)]
    [InlineData("2022-09-29", "2022-10-07", 1, true)]
    [InlineData("2022-09-29", "2022-10-09", 3, true)]
    [InlineData("2022-09-29", "2022-10-10", 4, false)]
    // Released before the policy (prepared together): counted as the same day.
    [InlineData("2022-09-29", "2022-09-27", 0, true)]
    public void Lag_and_timeliness_follow_the_working_day_calendar(string policy, string interpretation, int lag, bool onTime)
    {
        var days = InterpretationTiming.LagWorkingDays(Calendar, DateOnly.Parse(policy, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(interpretation, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(lag, days);
        Assert.Equal(onTime, InterpretationTiming.IsOnTime(days, 3));
    }

    [Fact]
    public void Forms_are_the_twelve_of_national_guidance_and_only_text_is_not_diversified()
    {
        Assert.Equal(
            ["文字", "图文", "图表/图解", "音频", "视频", "动漫", "直播", "问答", "在线访谈", "新闻发布会", "H5", "其他"],
            InterpretationForms.Names.All.Select(f => f.ChineseName()));
        Assert.All(Enum.GetValues<InterpretationForm>(), f => Assert.True(InterpretationForms.Names.TryParse(f.ChineseName(), out var back) && back == f));
        Assert.True(InterpretationForms.Names.TryParse("图解", out var chart) && chart == InterpretationForm.Chart);
        Assert.True(InterpretationForms.Names.TryParse("政策简明问答", out var answers) && answers == InterpretationForm.QuestionsAndAnswers);
        Assert.Equal([InterpretationForm.Text], Enum.GetValues<InterpretationForm>().Where(f => !new Interpretation { Title = "", Form = f }.IsDiversified));
    }
}
