using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Directory;

public class EditModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel, IEntryFormPage
{
    [BindProperty]
    public EntryForm Input { get; set; } = new();

    /// <summary>The version the editor started from: a save over someone else's change is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public EntryOptions Options { get; private set; } = null!;

    public bool IsActive { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var entry = await db.DirectoryEntries.AsNoTracking().Include(e => e.ResponsibleUnits).FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        Input = EntryForm.From(entry);
        Version = entry.Version;
        IsActive = entry.IsActive;
        Options = await EntryOptions.LoadAsync(db, id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var entry = await db.DirectoryEntries.Include(e => e.ResponsibleUnits).FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        IsActive = entry.IsActive;
        Options = await EntryOptions.LoadAsync(db, id);
        var unitIds = await Input.ValidateAsync(db, Options, exceptId: id, ModelState, localizer);
        if (unitIds is null)
        {
            return Page();
        }

        var tracked = db.Entry(entry);
        tracked.Property(e => e.Version).OriginalValue = Version;
        Input.ApplyTo(entry, unitIds);
        // A change of responsible units alone must also meet the version check.
        tracked.Property(e => e.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return Page();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Directory/Details", new { id });
    }

    /// <summary>Deactivates or reactivates the entry (never a hard delete: publications keep their link).</summary>
    public async Task<IActionResult> OnPostSetActiveAsync(int id, bool active)
    {
        var entry = await db.DirectoryEntries.FirstOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        if (entry.IsActive != active)
        {
            entry.IsActive = active;
            await db.SaveChangesAsync();
        }

        TempData["StatusMessage"] = localizer[active ? nameof(Strings.Directory_Reactivated) : nameof(Strings.Directory_Deactivated), entry.Code].Value;
        return RedirectToPage("/Directory/Details", new { id });
    }
}
