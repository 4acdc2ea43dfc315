using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Tests.Publications;

public class PublicationNamesTests
{
    [Fact]
    public void Channels_are_the_six_of_the_design_with_the_disclosure_platform_first_and_counted()
    {
        Assert.Equal(
            ["信息公开平台", "政府网站栏目", "微信公众号", "微博", "公开栏", "其他"],
            PublicationChannels.Names.All.Select(c => c.ChineseName()));
        Assert.Equal(PublicationChannel.DisclosurePlatform, PublicationChannels.Default);
        Assert.Equal([PublicationChannel.DisclosurePlatform], PublicationChannels.CountedByDefault);
    }

    [Fact]
    public void Categories_are_the_seven_of_the_design()
    {
        Assert.Equal(
            ["政策文件", "工作动态", "通知公告", "统计数据", "财政信息", "人事信息", "其他"],
            PublicationCategories.Names.All.Select(c => c.ChineseName()));
        Assert.Equal(PublicationCategory.Other, PublicationCategories.Default);
    }

    [Fact]
    public void Every_name_reads_back_as_its_value()
    {
        Assert.All(Enum.GetValues<PublicationChannel>(), c => Assert.True(PublicationChannels.Names.TryParse(c.ChineseName(), out var back) && back == c));
        Assert.All(Enum.GetValues<PublicationCategory>(), c => Assert.True(PublicationCategories.Names.TryParse(c.ChineseName(), out var back) && back == c));
        Assert.All(Enum.GetValues<UnitKind>(), k => Assert.True(UnitKinds.Names.TryParse(k.ChineseName(), out var back) && back == k));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("抖音")]
    [InlineData("5")]
    public void Unknown_text_and_numbers_are_not_names(string? text)
    {
        Assert.False(PublicationChannels.Names.TryParse(text, out _));
    }
}
