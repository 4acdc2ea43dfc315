using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Bulletins;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Bulletins;

/// <summary>
/// Issues a draft (Admin): renders its placeholders from today's figures once more and freezes text and figures
/// as a numbered snapshot. A correction keeps the number of the version it corrects.
/// </summary>
public class IssueModel(AppDbContext db, BulletinService bulletins, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    [Display(Name = nameof(Strings.Bulletins_Number))]
    [Range(1, 99, ErrorMessage = nameof(Strings.Validation_Range))]
    public int Number { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public Bulletin Bulletin { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var bulletin = await db.Bulletins.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        if (bulletin.IsIssued)
        {
            return RedirectToPage("/Bulletins/Details", new { id });
        }

        Bulletin = bulletin;
        Number = await bulletins.SuggestedNumberAsync(bulletin);
        Version = bulletin.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var bulletin = await db.Bulletins.FirstOrDefaultAsync(b => b.Id == id);
        if (bulletin is null)
        {
            return NotFound();
        }

        if (bulletin.IsIssued)
        {
            return RedirectToPage("/Bulletins/Details", new { id });
        }

        Bulletin = bulletin;
        if (bulletin.Number is { } kept)
        {
            Number = kept;
        }

        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), localizer[nameof(Strings.Bulletins_IssueConfirmRequired)]);
        }

        if (ModelState.IsValid && (await bulletins.TakenNumbersAsync(bulletin)).Contains(Number))
        {
            ModelState.AddModelError(nameof(Number), localizer[nameof(Strings.Bulletins_NumberTaken), bulletin.Quarter.Year, Number]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var facts = await bulletins.FactsAsync(bulletin.Quarter);
        var rendered = BulletinService.Render(bulletin.Text, facts);
        var named = await bulletins.NamedUnitIdsAsync(rendered, facts);
        db.Entry(bulletin).Property(b => b.Version).OriginalValue = Version;
        bulletin.Issue(Number, bulletins.Today, clock.GetUtcNow().UtcDateTime, me.UserName, rendered, facts, named);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return Page();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Bulletins_Issued), bulletin.NumberLabel!].Value;
        return RedirectToPage("/Bulletins/Details", new { id });
    }
}
