using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// What the publication form offers: the units (an Admin picks one; a liaison sees only their own)
/// and the active directory entries (a liaison's are those their unit is responsible for).
/// </summary>
public sealed record PublicationChoices(bool ChoosesUnit, IReadOnlyList<SelectListItem> Units, IReadOnlyList<SelectListItem> Entries)
{
    public const string ViewDataKey = "PublicationChoices";

    /// <param name="keepUnitId">The unit already on the record, listed even when no longer active.</param>
    /// <param name="keepEntryId">The entry already on the record, listed even when no longer active.</param>
    public static async Task<PublicationChoices> LoadAsync(AppDbContext db, CurrentUser me, int? keepUnitId = null, int? keepEntryId = null)
    {
        var scope = me.ScopeUnitId;
        var units = await db.Units.AsNoTracking()
            .Where(u => scope == null ? u.IsActive || u.Id == keepUnitId : u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync();
        var entries = await db.DirectoryEntries.AsNoTracking()
            .Where(e => (e.IsActive && (scope == null || e.ResponsibleUnits.Any(u => u.UnitId == scope))) || e.Id == keepEntryId)
            .OrderBy(e => e.Code)
            .Select(e => new { e.Id, e.Code, e.Level1, e.Level2 })
            .ToListAsync();
        return new(
            me.IsAdmin,
            units,
            entries.Select(e => new SelectListItem($"{e.Code} {e.Level1} · {e.Level2}", e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
    }
}
