using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Pages.Units;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Training;

/// <summary>
/// 培训缺口, district-wide: active units whose current person in charge or liaison never attended a
/// training, with who did attend for the unit (an unrelated person sent in their place shows here).
/// </summary>
public class GapsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UnitGaps> Units { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = ChinaTime.Today(clock);
        var gaps = await UnitPeopleGaps.FindAsync(db, unitId: null, Today);
        var unitIds = gaps.Select(g => g.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking()
            .Where(u => unitIds.Contains(u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name })
            .ToListAsync();
        var attendees = (await db.TrainingAttendances.AsNoTracking()
                .Where(a => unitIds.Contains(a.UnitId) && a.Session!.HeldOn <= Today)
                .Select(a => new { a.UnitId, a.PersonName })
                .ToListAsync())
            .ToLookup(a => a.UnitId, a => a.PersonName);
        Units = units.Select(u => new UnitGaps(
            u.Id,
            u.Name,
            gaps.Where(g => g.UnitId == u.Id).ToList(),
            attendees[u.Id].Distinct().ToList())).ToList();
    }

    public sealed record UnitGaps(int UnitId, string UnitName, IReadOnlyList<PeopleGap> Gaps, IReadOnlyList<string> Attended);
}
