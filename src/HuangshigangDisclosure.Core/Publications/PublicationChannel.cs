namespace HuangshigangDisclosure.Core.Publications;

/// <summary>
/// 发布渠道: where a unit published an item (design §2). Only the counted channels (by default
/// <see cref="DisclosurePlatform"/> alone) count towards quotas and totals.
/// </summary>
public enum PublicationChannel
{
    /// <summary>信息公开平台: the unit's disclosure sub-platform of the portal site.</summary>
    DisclosurePlatform = 0,

    /// <summary>政府网站栏目</summary>
    GovernmentWebsiteColumn = 1,

    /// <summary>微信公众号</summary>
    WeChat = 2,

    /// <summary>微博</summary>
    Weibo = 3,

    /// <summary>公开栏</summary>
    NoticeBoard = 4,

    /// <summary>其他</summary>
    Other = 5,
}
