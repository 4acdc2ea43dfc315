using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>Starts a correction (Admin): a new draft version of the latest issued one, linked to it, same number.</summary>
public class CorrectModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    [Display(Name = nameof(Strings.Bulletins_CorrectionReason))]
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [MaxLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
    public string? Reason { get; set; }

    public Bulletin Bulletin { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        Bulletin = bulletin;
        return await RefusalAsync(bulletin) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        Bulletin = bulletin;
        if (await RefusalAsync(bulletin) is { } refusal)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var correction = bulletin.Correct(Reason!, clock.GetUtcNow().UtcDateTime, me.UserName);
        db.Bulletins.Add(correction);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_CorrectionStarted)].Value;
        return RedirectToPage("/Bulletins/Edit", new { id = correction.Id });
    }

    /// <summary>Only the latest issued version is corrected, and a quarter has one draft at a time.</summary>
    private async Task<IActionResult?> RefusalAsync(Bulletin bulletin)
    {
        if (!bulletin.IsIssued)
        {
            return RedirectToPage("/Bulletins/Edit", new { id = bulletin.Id });
        }

        var versions = await db.Bulletins.AsNoTracking().Where(b => b.Quarter == bulletin.Quarter)
            .Select(b => new { b.Id, b.Status, b.Revision }).ToListAsync();
        if (versions.FirstOrDefault(v => v.Status == BulletinStatus.Draft) is { } draft)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_DraftExists)].Value;
            return RedirectToPage("/Bulletins/Edit", new { id = draft.Id });
        }

        if (versions.Any(v => v.Revision > bulletin.Revision))
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_CorrectNotLatest)].Value;
            return RedirectToPage("/Bulletins/Details", new { id = bulletin.Id });
        }

        return null;
    }
}
