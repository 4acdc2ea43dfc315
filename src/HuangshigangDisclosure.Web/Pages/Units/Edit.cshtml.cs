using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Units;

public class EditModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public UnitForm Input { get; set; } = new();

    /// <summary>The version the editor started from: a save over someone else's change is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        Input = UnitForm.From(unit);
        Version = unit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !await UnitNames.AreFreeAsync(db, Input, exceptId: id, ModelState, localizer))
        {
            return Page();
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = Version;
        Input.ApplyTo(unit);
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
        return RedirectToPage("/Units/Details", new { id });
    }
}
