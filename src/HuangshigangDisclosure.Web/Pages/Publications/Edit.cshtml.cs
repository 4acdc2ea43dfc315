using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

public class EditModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public PublicationForm Input { get; set; } = new();

    /// <summary>The version the editor started from: a save over someone else's change is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public PublicationDuplicate? Duplicate { get; private set; }

    /// <summary>A withdrawn item is a record of what happened: it is shown, not edited.</summary>
    public bool IsWithdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (Refusal(publication) is { } refusal)
        {
            return refusal;
        }

        Input = PublicationForm.From(publication!);
        Version = publication!.Version;
        return await FormAsync(publication);
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var publication = await db.Publications.FirstOrDefaultAsync(p => p.Id == id);
        if (Refusal(publication) is { } refusal)
        {
            return refusal;
        }

        if (publication!.Status == PublicationStatus.Withdrawn)
        {
            return await FormAsync(publication);
        }

        // Only an Admin moves a record to another unit; a liaison's stays their own whatever is posted.
        var unitId = me.IsAdmin ? Input.UnitId : publication.UnitId;
        Duplicate = await PublicationChecks.CheckAsync(db, Input, unitId, publication, ChinaTime.Today(clock), ModelState, localizer);
        if (!ModelState.IsValid || Duplicate is not null)
        {
            return await FormAsync(publication);
        }

        db.Entry(publication).Property(p => p.Version).OriginalValue = Version;
        if (unitId != publication.UnitId)
        {
            // An interpretation belongs to its policy's unit: it moves with the policy.
            foreach (var interpretation in await db.Interpretations.Where(i => i.PolicyId == id).ToListAsync())
            {
                interpretation.UnitId = unitId!.Value;
            }
        }

        Input.ApplyTo(publication, unitId!.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return await FormAsync(publication);
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/Publications/Details", new { id });
    }

    /// <summary>Another unit's record is "not found" for a liaison; a reader who may not write is refused.</summary>
    private IActionResult? Refusal(Publication? publication) =>
        publication is null || !me.CanRead(publication.UnitId) ? NotFound()
        : !me.CanWrite(publication.UnitId) ? Forbid()
        : null;

    private async Task<IActionResult> FormAsync(Publication publication)
    {
        IsWithdrawn = publication.Status == PublicationStatus.Withdrawn;
        ViewData[PublicationChoices.ViewDataKey] = await PublicationChoices.LoadAsync(db, me, publication.UnitId, publication.DirectoryEntryId);
        return Page();
    }
}
