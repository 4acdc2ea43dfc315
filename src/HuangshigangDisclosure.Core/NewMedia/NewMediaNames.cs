using HuangshigangDisclosure.Core.Text;

namespace HuangshigangDisclosure.Core.NewMedia;

/// <summary>The Chinese names of new-media platforms, account statuses and filing kinds.</summary>
public static class NewMediaNames
{
    public static ChineseNames<NewMediaPlatform> Platforms { get; } = new(
        [
            (NewMediaPlatform.WeChat, "微信公众号"),
            (NewMediaPlatform.Weibo, "微博"),
            (NewMediaPlatform.Douyin, "抖音"),
            (NewMediaPlatform.Toutiao, "今日头条"),
            (NewMediaPlatform.Other, "其他"),
        ],
        new Dictionary<string, NewMediaPlatform>
        {
            ["微信"] = NewMediaPlatform.WeChat,
            ["公众号"] = NewMediaPlatform.WeChat,
            ["政务微博"] = NewMediaPlatform.Weibo,
            ["头条号"] = NewMediaPlatform.Toutiao,
            ["其它"] = NewMediaPlatform.Other,
        });

    public static ChineseNames<NewMediaStatus> Statuses { get; } = new(
        [
            (NewMediaStatus.Operating, "运营中"),
            (NewMediaStatus.ClosurePlanned, "拟关停"),
            (NewMediaStatus.Suspended, "已关停"),
            (NewMediaStatus.Cancelled, "已注销"),
        ]);

    public static ChineseNames<FilingKind> FilingKinds { get; } = new(
        [
            (FilingKind.Opening, "开设"),
            (FilingKind.Change, "变更"),
            (FilingKind.Suspension, "关停"),
            (FilingKind.Cancellation, "注销"),
        ]);

    public static string ChineseName(this NewMediaPlatform platform) => Platforms.NameOf(platform);

    public static string ChineseName(this NewMediaStatus status) => Statuses.NameOf(status);

    public static string ChineseName(this FilingKind kind) => FilingKinds.NameOf(kind);
}
