using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.Publications;

/// <summary>The Chinese names of <see cref="PublicationChannel"/> and the channel defaults.</summary>
public static class PublicationChannels
{
    /// <summary>What an item is published on when nothing is said: the unit's disclosure sub-platform.</summary>
    public const PublicationChannel Default = PublicationChannel.DisclosurePlatform;

    /// <summary>
    /// The channels that count towards totals and quotas unless configuration says otherwise (design §3):
    /// a WeChat post recorded for reference never inflates a figure.
    /// </summary>
    public static IReadOnlySet<PublicationChannel> CountedByDefault { get; } = new HashSet<PublicationChannel> { PublicationChannel.DisclosurePlatform };

    public static ChineseNames<PublicationChannel> Names { get; } = new(
        [
            (PublicationChannel.DisclosurePlatform, "信息公开平台"),
            (PublicationChannel.GovernmentWebsiteColumn, "政府网站栏目"),
            (PublicationChannel.WeChat, "微信公众号"),
            (PublicationChannel.Weibo, "微博"),
            (PublicationChannel.NoticeBoard, "公开栏"),
            (PublicationChannel.Other, "其他"),
        ],
        new Dictionary<string, PublicationChannel>
        {
            ["政府信息公开平台"] = PublicationChannel.DisclosurePlatform,
            ["公开平台"] = PublicationChannel.DisclosurePlatform,
            ["政府网站"] = PublicationChannel.GovernmentWebsiteColumn,
            ["门户网站"] = PublicationChannel.GovernmentWebsiteColumn,
            ["微信"] = PublicationChannel.WeChat,
            ["公众号"] = PublicationChannel.WeChat,
            ["政务微博"] = PublicationChannel.Weibo,
            ["政务公开栏"] = PublicationChannel.NoticeBoard,
            ["其它"] = PublicationChannel.Other,
        });

    public static string ChineseName(this PublicationChannel channel) => Names.NameOf(channel);
}
