using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// Admin only (PortalSetup.AdminPages): removes an interpretation recorded in error. Liaisons correct
/// theirs by editing. The audit log keeps what was deleted.
/// </summary>
public class DeleteModel(AppDbContext db, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public Interpretation Interpretation { get; private set; } = null!;

    public string PolicyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var interpretation = await db.Interpretations.AsNoTracking().Include(i => i.Policy).FirstOrDefaultAsync(i => i.Id == id);
        if (interpretation is null)
        {
            return NotFound();
        }

        Show(interpretation);
        Version = interpretation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var interpretation = await db.Interpretations.Include(i => i.Policy).FirstOrDefaultAsync(i => i.Id == id);
        if (interpretation is null)
        {
            return NotFound();
        }

        Show(interpretation);
        db.Entry(interpretation).Property(i => i.Version).OriginalValue = Version;
        db.Interpretations.Remove(interpretation);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return Page();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Interpretations_Deleted), interpretation.Title].Value;
        return RedirectToPage("/Interpretations/Index");
    }

    private void Show(Interpretation interpretation)
    {
        Interpretation = interpretation;
        PolicyTitle = interpretation.Policy?.Title ?? "";
    }
}
