using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

public class EditModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public NewMediaForm Input { get; set; } = new();

    /// <summary>The version the editor started from: a save over someone else's change is refused.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var account = await db.NewMediaAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (Refusal(account) is { } refusal)
        {
            return refusal;
        }

        Input = NewMediaForm.From(account!);
        Version = account!.Version;
        return await FormAsync(account.UnitId);
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var account = await db.NewMediaAccounts.FirstOrDefaultAsync(a => a.Id == id);
        if (Refusal(account) is { } refusal)
        {
            return refusal;
        }

        // Only an Admin moves an account to another unit.
        var unitId = me.IsAdmin ? Input.UnitId : account!.UnitId;
        await Input.CheckAsync(db, unitId, exceptId: id, ChinaTime.Today(clock), ModelState, localizer);
        if (!ModelState.IsValid)
        {
            return await FormAsync(account!.UnitId);
        }

        db.Entry(account!).Property(a => a.Version).OriginalValue = Version;
        Input.ApplyTo(account!, unitId!.Value);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return await FormAsync(account!.UnitId);
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Common_Saved)].Value;
        return RedirectToPage("/NewMedia/Details", new { id });
    }

    /// <summary>Another unit's account is "not found" for a liaison; a reader who may not write is refused.</summary>
    private IActionResult? Refusal(NewMediaAccount? account) =>
        account is null || !me.CanRead(account.UnitId) ? NotFound()
        : !me.CanWrite(account.UnitId) ? Forbid()
        : null;

    private async Task<IActionResult> FormAsync(int unitId)
    {
        ViewData["Units"] = await NewMediaForm.UnitChoicesAsync(db, me, unitId);
        return Page();
    }
}
