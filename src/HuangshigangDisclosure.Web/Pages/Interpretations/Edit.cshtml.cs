using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

public class EditModel(AppDbContext db, CurrentUser me, InterpretationQueries queries, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public InterpretationInput Input { get; set; } = new();

    /// <summary>The version the editor started from: a save over someone else's change is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var interpretation = await db.Interpretations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
        if (Refusal(interpretation) is { } refusal)
        {
            return refusal;
        }

        Input = InterpretationInput.From(interpretation!);
        Version = interpretation!.Version;
        return await FormAsync(interpretation);
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var interpretation = await db.Interpretations.FirstOrDefaultAsync(i => i.Id == id);
        if (Refusal(interpretation) is { } refusal)
        {
            return refusal;
        }

        // The policy may change (recorded against the wrong one), but only to one the user may write for.
        var (policy, refused) = await InterpretationChecks.PolicyAsync(db, me, Input, ModelState, localizer);
        if (refused)
        {
            return NotFound();
        }

        InterpretationChecks.Check(Input, policy, interpretation!.PolicyId, ChinaTime.Today(clock), ModelState, localizer);
        if (!ModelState.IsValid)
        {
            return await FormAsync(interpretation);
        }

        db.Entry(interpretation).Property(i => i.Version).OriginalValue = Version;
        Input.ApplyTo(interpretation, policy!);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return await FormAsync(interpretation);
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Interpretations/Details", new { id });
    }

    /// <summary>Another unit's record is "not found" for a liaison; a reader who may not write is refused.</summary>
    private IActionResult? Refusal(Interpretation? interpretation) =>
        interpretation is null || !me.CanRead(interpretation.UnitId) ? NotFound()
        : !me.CanWrite(interpretation.UnitId) ? Forbid()
        : null;

    private async Task<IActionResult> FormAsync(Interpretation interpretation)
    {
        ViewData[InterpretationChoices.ViewDataKey] = await InterpretationChoices.LoadAsync(queries, db, interpretation.UnitId, interpretation.PolicyId, localizer);
        return Page();
    }
}
