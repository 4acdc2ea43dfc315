using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>本单位目录事项: the active entries a unit is responsible for, its last linked publication and when each is next due.</summary>
public class UnitModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public int UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<EntryRow> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int unitId)
    {
        // Another unit's page is "not found" for a liaison: its existence is not confirmed.
        if (!me.CanRead(unitId))
        {
            return NotFound();
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
        if (unitName is null)
        {
            return NotFound();
        }

        UnitId = unitId;
        UnitName = unitName;
        var entries = await db.DirectoryEntries.AsNoTracking()
            .Where(e => e.IsActive && e.ResponsibleUnits.Any(l => l.UnitId == unitId))
            .OrderBy(e => e.Domain!.SortOrder).ThenBy(e => e.Domain!.Code).ThenBy(e => e.Code)
            .Select(e => new EntryFacts(e.Id, e.Code, e.Domain!.Name, e.Level1, e.Level2, e.TimeLimitText, e.Cycle, e.CycleDays, e.CycleWorkingDays))
            .ToListAsync();
        var lastLinked = await LastLinkedAsync(db, unitId);
        var today = ChinaTime.Today(clock);
        Entries = entries.Select(e =>
        {
            var last = lastLinked.GetValueOrDefault(e.Id);
            return new EntryRow(e, last, DueDates.Next(e.Cycle, e.CycleDays, e.CycleWorkingDays, last?.PublishedOn, today));
        }).ToList();
        return Page();
    }

    /// <summary>
    /// The unit's latest published item per directory entry, in one query: the latest date per entry
    /// (GROUP BY entry, MAX(published on)) joined back to the items of that date. Withdrawn items never count.
    /// </summary>
    public static async Task<Dictionary<int, LinkedItem>> LastLinkedAsync(AppDbContext db, int unitId)
    {
        var linked = db.Publications.AsNoTracking()
            .Where(p => p.UnitId == unitId && p.Status == PublicationStatus.Published && p.DirectoryEntryId != null);
        var latestDates = linked
            .GroupBy(p => p.DirectoryEntryId!.Value)
            .Select(g => new { EntryId = g.Key, On = g.Max(p => p.PublishedOn) });
        var items = await linked
            .Join(latestDates, p => new { EntryId = p.DirectoryEntryId!.Value, On = p.PublishedOn }, l => new { l.EntryId, l.On },
                (p, l) => new LinkedItem(l.EntryId, p.Id, p.Title, p.PublishedOn))
            .ToListAsync();
        // Several items on the latest day: the one recorded last stands for the entry.
        return items.GroupBy(i => i.EntryId).ToDictionary(g => g.Key, g => g.MaxBy(i => i.PublicationId)!);
    }

    public sealed record EntryFacts(
        int Id, string Code, string DomainName, string Level1, string Level2, string TimeLimitText, DisclosureCycle Cycle, int? CycleDays, bool CycleWorkingDays);

    public sealed record LinkedItem(int EntryId, long PublicationId, string Title, DateOnly PublishedOn);

    public sealed record EntryRow(EntryFacts Entry, LinkedItem? LastLinked, NextDue Due);
}
