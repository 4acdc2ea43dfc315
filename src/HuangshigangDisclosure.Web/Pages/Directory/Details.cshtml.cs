using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Directory;

/// <summary>One directory entry with every field, its cycle spelled out and its responsible units.</summary>
public class DetailsModel(AppDbContext db) : PageModel
{
    public EntryDetails Entry { get; private set; } = null!;

    public IReadOnlyList<ResponsibleUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var entry = await db.DirectoryEntries.AsNoTracking()
            .Where(e => e.Id == id)
            .Select(e => new EntryDetails(
                e.Id, e.Code, e.DomainId, e.Domain!.Code, e.Domain.Name, e.Level1, e.Level2, e.Content, e.LegalBasis, e.TimeLimitText,
                e.Cycle, e.CycleDays, e.CycleWorkingDays, e.Publisher, e.Channels, e.Audience, e.Mode, e.Level, e.IsActive, e.Version))
            .FirstOrDefaultAsync();
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        Units = await db.Units.AsNoTracking()
            .Where(u => db.DirectoryEntryUnits.Any(l => l.DirectoryEntryId == id && l.UnitId == u.Id))
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new ResponsibleUnit(u.Id, u.Name, u.IsActive))
            .ToListAsync();
        return Page();
    }

    public sealed record EntryDetails(
        int Id, string Code, int DomainId, string DomainCode, string DomainName, string Level1, string Level2, string Content, string LegalBasis, string TimeLimitText,
        DisclosureCycle Cycle, int? CycleDays, bool CycleWorkingDays, string Publisher, string Channels, string Audience, string Mode, string Level,
        bool IsActive, Guid Version);

    public sealed record ResponsibleUnit(int Id, string Name, bool IsActive);
}
