using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Directory.Imports;

namespace HuangshigangDisclosure.Core.Tests.Directory;

public class TimeLimitParserTests
{
    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", 20)]
    [InlineData("信息形成（变更）之日起20个工作日内", 20)]
    [InlineData("颁布或印发之日起5个工作日内", 5)]
    [InlineData("5个工作日内", 5)]
    [InlineData("自信息形成之日起 20 个工作日内", 20)]
    [InlineData("信息形成或者变更之日起２０个工作日内", 20)]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日", 10)]
    [InlineData("信息形成或者变更之日起二十个工作日内", 20)]
    [InlineData("收到申请之日起十五个工作日以内", 15)]
    [InlineData("审批完成后两个工作日之内", 2)]
    [InlineData("20工作日内", 20)]
    [InlineData("年度预算批复后20个工作日内", 20)]
    public void Working_days_are_read_from_the_first_count(string text, int days)
    {
        Assert.Equal(TimeLimit.Within(days, workingDays: true), TimeLimitParser.Parse(text));
    }

    [Theory]
    [InlineData("批复后20日内", 20)]
    [InlineData("20日内", 20)]
    [InlineData("财政部门批复后二十日内", 20)]
    [InlineData("部门决算经批复后20日内公开", 20)]
    [InlineData("收到之日起30天内", 30)]
    [InlineData("信息形成之日起15个自然日内", 15)]
    [InlineData("一百零五日内", 105)]
    public void Calendar_days_are_days_not_working_days(string text, int days)
    {
        Assert.Equal(TimeLimit.Within(days, workingDays: false), TimeLimitParser.Parse(text));
    }

    [Theory]
    [InlineData("每月", DisclosureCycle.Monthly)]
    [InlineData("按月公开", DisclosureCycle.Monthly)]
    [InlineData("每月10日内公开上月数据", DisclosureCycle.Monthly)]
    [InlineData("每个月更新一次", DisclosureCycle.Monthly)]
    [InlineData("月度数据", DisclosureCycle.Monthly)]
    [InlineData("每季度", DisclosureCycle.Quarterly)]
    [InlineData("按季度公开", DisclosureCycle.Quarterly)]
    [InlineData("每季度结束后15日内", DisclosureCycle.Quarterly)]
    [InlineData("按季报送", DisclosureCycle.Quarterly)]
    [InlineData("季度终了后", DisclosureCycle.Quarterly)]
    [InlineData("每年", DisclosureCycle.Annually)]
    [InlineData("每年1月31日前", DisclosureCycle.Annually)]
    [InlineData("按年度公开", DisclosureCycle.Annually)]
    [InlineData("年度", DisclosureCycle.Annually)]
    [InlineData("年度报告", DisclosureCycle.Annually)]
    [InlineData("逐年更新", DisclosureCycle.Annually)]
    public void A_period_is_a_periodic_cycle(string text, DisclosureCycle cycle)
    {
        Assert.Equal(TimeLimit.Every(cycle), TimeLimitParser.Parse(text));
    }

    [Theory]
    [InlineData("实时公开")]
    [InlineData("及时公开")]
    [InlineData("长期公开")]
    [InlineData("常态化公开")]
    [InlineData("信息形成后及时更新")]
    [InlineData("随时更新")]
    public void Kept_current_wordings_are_continuous(string text)
    {
        Assert.Equal(TimeLimit.Every(DisclosureCycle.Continuous), TimeLimitParser.Parse(text));
    }

    [Fact]
    public void A_day_count_beats_a_loose_period_word_or_a_continuous_one()
    {
        Assert.Equal(TimeLimit.Within(20, workingDays: false), TimeLimitParser.Parse("年度预算批复后20日内"));
        Assert.Equal(TimeLimit.Within(20, workingDays: true), TimeLimitParser.Parse("及时公开，最迟20个工作日内"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("按规定公开")]
    [InlineData("依法公开")]
    [InlineData("每半年")]
    [InlineData("1个月内")]
    [InlineData("0个工作日内")]
    [InlineData("400日内")]
    [InlineData("公示7个工作日")]
    [InlineData("20个工作日")]
    [InlineData("形成后公开")]
    public void Anything_else_is_not_guessed(string? text)
    {
        Assert.Null(TimeLimitParser.Parse(text));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("五", 5)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("三十", 30)]
    [InlineData("两", 2)]
    [InlineData("一百零五", 105)]
    [InlineData("一百二十", 120)]
    public void Counts_are_Arabic_or_Chinese_numerals(string text, int expected)
    {
        Assert.Equal(expected, TimeLimitParser.Number(text));
    }

    [Theory]
    [InlineData("零")]
    [InlineData("二二")]
    [InlineData("二十x")]
    public void Garbled_numerals_are_no_number(string text)
    {
        Assert.Null(TimeLimitParser.Number(text));
    }
}
