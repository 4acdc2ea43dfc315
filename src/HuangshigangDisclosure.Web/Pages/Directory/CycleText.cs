using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>A directory entry's cycle and next deadline in the user's language.</summary>
public static class CycleText
{
    public static string Name(IStringLocalizer localizer, DisclosureCycle cycle) => cycle switch
    {
        DisclosureCycle.WithinDays => localizer[nameof(Strings.DirectoryCycle_WithinDays)],
        DisclosureCycle.Monthly => localizer[nameof(Strings.DirectoryCycle_Monthly)],
        DisclosureCycle.Quarterly => localizer[nameof(Strings.DirectoryCycle_Quarterly)],
        DisclosureCycle.Annually => localizer[nameof(Strings.DirectoryCycle_Annually)],
        _ => localizer[nameof(Strings.DirectoryCycle_Continuous)],
    };

    /// <summary>The machine cycle spelled out, e.g. 信息形成或者变更之日起 20 个工作日内, 每季度.</summary>
    public static string Describe(IStringLocalizer localizer, DisclosureCycle cycle, int? days, bool workingDays) =>
        cycle == DisclosureCycle.WithinDays && days is { } n
            ? localizer[workingDays ? nameof(Strings.DirectoryCycle_WithinWorkingDaysText) : nameof(Strings.DirectoryCycle_WithinCalendarDaysText), n]
            : Name(localizer, cycle);

    /// <summary>When the entry is next due: a date, a time limit after formation, or 长期/实时公开.</summary>
    public static string Due(IStringLocalizer localizer, NextDue due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return due.Kind switch
        {
            NextDueKind.OnDate => Format.Date(due.On),
            NextDueKind.AfterFormation when due.Days is { } n =>
                localizer[due.WorkingDays ? nameof(Strings.DirectoryDue_AfterWorkingDays) : nameof(Strings.DirectoryDue_AfterCalendarDays), n],
            NextDueKind.AfterFormation => localizer[nameof(Strings.DirectoryCycle_WithinDays)],
            _ => localizer[nameof(Strings.DirectoryDue_Continuous)],
        };
    }
}
