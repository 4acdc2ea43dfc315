using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>
/// Platforms, statuses, filing kinds and flags in the user's language. The Chinese words are those of
/// Core's <see cref="NewMediaNames"/> (a test keeps them alike).
/// </summary>
public static class NewMediaDisplay
{
    public static string Display(IStringLocalizer localizer, NewMediaPlatform platform) => localizer[platform switch
    {
        NewMediaPlatform.WeChat => nameof(Strings.NewMediaPlatform_WeChat),
        NewMediaPlatform.Weibo => nameof(Strings.NewMediaPlatform_Weibo),
        NewMediaPlatform.Douyin => nameof(Strings.NewMediaPlatform_Douyin),
        NewMediaPlatform.Toutiao => nameof(Strings.NewMediaPlatform_Toutiao),
        _ => nameof(Strings.NewMediaPlatform_Other),
    }];

    public static string Display(IStringLocalizer localizer, NewMediaStatus status) => localizer[status switch
    {
        NewMediaStatus.Operating => nameof(Strings.NewMediaStatus_Operating),
        NewMediaStatus.ClosurePlanned => nameof(Strings.NewMediaStatus_ClosurePlanned),
        NewMediaStatus.Suspended => nameof(Strings.NewMediaStatus_Suspended),
        _ => nameof(Strings.NewMediaStatus_Cancelled),
    }];

    public static string Display(IStringLocalizer localizer, FilingKind kind) => localizer[kind switch
    {
        FilingKind.Opening => nameof(Strings.FilingKind_Opening),
        FilingKind.Change => nameof(Strings.FilingKind_Change),
        FilingKind.Suspension => nameof(Strings.FilingKind_Suspension),
        _ => nameof(Strings.FilingKind_Cancellation),
    }];

    /// <summary>One flag, with the configured number of days where it has one.</summary>
    public static string Display(IStringLocalizer localizer, NewMediaFlag flag, NewMediaOptions options) => flag switch
    {
        NewMediaFlag.Dormant => localizer[nameof(Strings.NewMediaFlag_Dormant), options.DormantDays],
        NewMediaFlag.Zombie => localizer[nameof(Strings.NewMediaFlag_Zombie), options.ZombieDays],
        NewMediaFlag.Unfiled => localizer[nameof(Strings.NewMediaFlag_Unfiled)],
        NewMediaFlag.CancelledButOperating => localizer[nameof(Strings.NewMediaFlag_CancelledButOperating)],
        _ => "",
    };

    /// <summary>The badge colour of a flag: a zombie or a cancelled account still running is the worst.</summary>
    public static string BadgeClass(NewMediaFlag flag) => flag switch
    {
        NewMediaFlag.Zombie or NewMediaFlag.CancelledButOperating => "text-bg-danger",
        NewMediaFlag.Dormant => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string BadgeClass(NewMediaStatus status) => status switch
    {
        NewMediaStatus.Operating => "text-bg-success",
        NewMediaStatus.ClosurePlanned => "text-bg-warning",
        _ => "text-bg-secondary",
    };
}
