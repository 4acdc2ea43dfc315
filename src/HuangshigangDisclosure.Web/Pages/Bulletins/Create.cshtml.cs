using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Bulletins;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>Drafts a quarter's bulletin from its figures (Admin); a quarter has at most one draft at a time.</summary>
public class CreateModel(AppDbContext db, BulletinService bulletins, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    [Display(Name = nameof(Strings.Bulletins_Quarter))]
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    public string? Quarter { get; set; }

    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Quarters = await bulletins.QuartersAsync();
        // The usual case: the bulletin on the quarter that just ended.
        Quarter = Core.Scoring.Quarter.Of(bulletins.Today).Previous.ToString();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Quarters = await bulletins.QuartersAsync();
        if (!ModelState.IsValid || !Core.Scoring.Quarter.TryParse(Quarter, out var quarter))
        {
            ModelState.AddModelError(nameof(Quarter), localizer[nameof(Strings.Validation_Required), localizer[nameof(Strings.Bulletins_Quarter)]]);
            return Page();
        }

        var existing = await db.Bulletins.AsNoTracking().Where(b => b.Quarter == quarter)
            .Select(b => new { b.Id, b.Status }).ToListAsync();
        if (existing.FirstOrDefault(b => b.Status == BulletinStatus.Draft) is { } draft)
        {
            TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_DraftExists)].Value;
            return RedirectToPage("/Bulletins/Edit", new { id = draft.Id });
        }

        if (existing.Count > 0)
        {
            ModelState.AddModelError(nameof(Quarter), localizer[nameof(Strings.Bulletins_AlreadyIssued)]);
            return Page();
        }

        var bulletin = Bulletin.Draft(quarter, await bulletins.DraftAsync(quarter), clock.GetUtcNow().UtcDateTime, me.UserName);
        db.Bulletins.Add(bulletin);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_Drafted), bulletin.Text.Title].Value;
        return RedirectToPage("/Bulletins/Edit", new { id = bulletin.Id });
    }
}
