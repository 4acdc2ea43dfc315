using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

/// <summary>
/// Training gaps (<see cref="PeopleGaps"/>) of one unit or of every active unit: three queries
/// (people, handovers, attendances) feeding the pure rule.
/// </summary>
public static class UnitPeopleGaps
{
    public static async Task<IReadOnlyList<PeopleGap>> FindAsync(AppDbContext db, int? unitId, DateOnly today)
    {
        var people = await db.UnitPeople.AsNoTracking()
            .Where(p => unitId == null ? p.Unit!.IsActive : p.UnitId == unitId)
            .Select(p => new PersonTerm(p.Id, p.UnitId, p.Role, p.Name, p.EffectiveFrom, p.EffectiveTo))
            .ToListAsync();
        var handovers = await db.Handovers.AsNoTracking()
            .Where(h => unitId == null || h.UnitId == unitId)
            .Select(h => new HandoverFact(h.UnitId, h.Role, h.FromId, h.ToId, h.HandedOverOn))
            .ToListAsync();
        var attendances = await db.TrainingAttendances.AsNoTracking()
            .Where(a => unitId == null || a.UnitId == unitId)
            .Select(a => new AttendanceFact(a.UnitId, a.PersonName, a.UnitPersonId, a.Session!.HeldOn))
            .ToListAsync();
        return PeopleGaps.Find(people, handovers, attendances, today);
    }

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
