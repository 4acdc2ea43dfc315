using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>新增政务新媒体账号: a liaison for their own unit, an Admin for the unit they choose.</summary>
public class CreateModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public NewMediaForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? unit)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        Input.UnitId = me.IsAdmin ? unit : me.UnitId;
        return await FormAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        // Never trust a posted unit from a liaison.
        var unitId = me.IsAdmin ? Input.UnitId : me.UnitId;
        await Input.CheckAsync(db, unitId, exceptId: null, ChinaTime.Today(clock), ModelState, localizer);
        if (!ModelState.IsValid)
        {
            return await FormAsync();
        }

        var account = new NewMediaAccount { Name = "" };
        Input.ApplyTo(account, unitId!.Value);
        db.NewMediaAccounts.Add(account);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.NewMedia_Created), account.Name].Value;
        return RedirectToPage("/NewMedia/Details", new { id = account.Id });
    }

    private bool MayCreate => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    private async Task<IActionResult> FormAsync()
    {
        ViewData["Units"] = await NewMediaForm.UnitChoicesAsync(db, me);
        return Page();
    }
}
