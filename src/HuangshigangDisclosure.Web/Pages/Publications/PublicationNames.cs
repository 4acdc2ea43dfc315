using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// Channels, categories and statuses in the user's language. The Chinese words are those of
/// Core's <see cref="PublicationChannels"/> and <see cref="PublicationCategories"/> (a test keeps them alike).
/// </summary>
public static class PublicationNames
{
    public static string Display(IStringLocalizer localizer, PublicationChannel channel) => localizer[channel switch
    {
        PublicationChannel.DisclosurePlatform => nameof(Strings.PublicationChannel_DisclosurePlatform),
        PublicationChannel.GovernmentWebsiteColumn => nameof(Strings.PublicationChannel_GovernmentWebsiteColumn),
        PublicationChannel.WeChat => nameof(Strings.PublicationChannel_WeChat),
        PublicationChannel.Weibo => nameof(Strings.PublicationChannel_Weibo),
        PublicationChannel.NoticeBoard => nameof(Strings.PublicationChannel_NoticeBoard),
        _ => nameof(Strings.PublicationChannel_Other),
    }];

    public static string Display(IStringLocalizer localizer, PublicationCategory category) => localizer[category switch
    {
        PublicationCategory.PolicyDocument => nameof(Strings.PublicationCategory_PolicyDocument),
        PublicationCategory.WorkNews => nameof(Strings.PublicationCategory_WorkNews),
        PublicationCategory.Notice => nameof(Strings.PublicationCategory_Notice),
        PublicationCategory.Statistics => nameof(Strings.PublicationCategory_Statistics),
        PublicationCategory.Finance => nameof(Strings.PublicationCategory_Finance),
        PublicationCategory.Personnel => nameof(Strings.PublicationCategory_Personnel),
        _ => nameof(Strings.PublicationCategory_Other),
    }];

    public static string Display(IStringLocalizer localizer, PublicationStatus status) => localizer[status == PublicationStatus.Withdrawn
        ? nameof(Strings.PublicationStatus_Withdrawn)
        : nameof(Strings.PublicationStatus_Published)];
}
