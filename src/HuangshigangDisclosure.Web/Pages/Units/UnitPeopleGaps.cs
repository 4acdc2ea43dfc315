using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>
/// Training gaps (<see cref="PeopleGaps"/>) of one unit or of every active unit, read by <see cref="PeopleGapQuery"/>.
/// </summary>
public static class UnitPeopleGaps
{
    public static async Task<IReadOnlyList<PeopleGap>> FindAsync(AppDbContext db, int? unitId, DateOnly today) =>
        (await PeopleGapQuery.LoadAsync(db, unitId)).GapsOn(today);

    /// <summary>One gap in a sentence, e.g. "联络员 高远 于 2022年9月15日 接替 赵雪梅，未参加过培训".</summary>
    public static string Describe(IStringLocalizer localizer, PeopleGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        var role = RoleNames.Display(localizer, gap.Role);
        if (gap.Kind == PeopleGapKind.Untrained)
        {
            return localizer[nameof(Strings.PeopleGap_Untrained), role, gap.PersonName];
        }

        var text = localizer[nameof(Strings.PeopleGap_UntrainedSuccessor), role, gap.PersonName, Format.Date(gap.HandedOverOn), gap.PredecessorName ?? "—"].Value;
        return gap.PredecessorTrained ? text + localizer[nameof(Strings.PeopleGap_PredecessorTrained)] : text;
    }
}
