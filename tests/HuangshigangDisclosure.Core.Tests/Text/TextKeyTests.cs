using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Tests.Text;

public class TextKeyTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("区财政局", "区财政局")]
    [InlineData("关于 做好 值班工作的通知", "关于 做好 值班工作的通知")]
    [InlineData(" 区财政局", "区财政局")]
    [InlineData("区财政局\t", "区财政局")]
    [InlineData("花湖  街道", "花湖 街道")]
    [InlineData("第一行\r\n第二行", "第一行 第二行")]
    [InlineData("关于\u00A0做好", "关于 做好")]
    [InlineData("关于\u3000做好", "关于 做好")]
    [InlineData(" \t\r\n ", "")]
    public void Collapse_trims_and_turns_every_run_of_white_space_into_one_space(string? text, string expected)
    {
        Assert.Equal(expected, TextKey.Collapse(text));
    }

    [Theory]
    [InlineData("花湖 街道", "花湖街道")]
    [InlineData("ＹＥＳ", "yes")]
    [InlineData("\uFEFF单位_名称-1", "单位名称1")]
    public void Of_ignores_case_spaces_hyphens_underscores_and_invisible_marks(string text, string expected)
    {
        Assert.Equal(expected, TextKey.Of(text));
    }
}
