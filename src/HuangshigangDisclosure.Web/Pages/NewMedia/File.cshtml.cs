using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>
/// 备案: records an opening, change, suspension or cancellation filed with the provincial platform;
/// <see cref="NewMediaAccount.File"/> sets the account's status accordingly.
/// </summary>
public class FileModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public FilingForm Input { get; set; } = new();

    public string AccountName { get; private set; } = "";

    public NewMediaStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var account = await db.NewMediaAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);
        if (Refusal(account) is { } refusal)
        {
            return refusal;
        }

        Show(account!);
        Input.FiledOn = ChinaTime.Today(clock);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var account = await db.NewMediaAccounts.FirstOrDefaultAsync(a => a.Id == id);
        if (Refusal(account) is { } refusal)
        {
            return refusal;
        }

        Show(account!);
        var today = ChinaTime.Today(clock);
        if (Input.FiledOn > today)
        {
            ModelState.AddModelError($"Input.{nameof(FilingForm.FiledOn)}", localizer[nameof(Strings.NewMedia_DateInFuture), localizer[nameof(Strings.Filing_FiledOn)], Format.Date(today)]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        account!.File(Input.Kind, Input.FiledOn!.Value, Input.Note);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.NewMedia_Filed), NewMediaDisplay.Display(localizer, Input.Kind), NewMediaDisplay.Display(localizer, account.Status)].Value;
        return RedirectToPage("/NewMedia/Details", new { id });
    }

    private IActionResult? Refusal(NewMediaAccount? account) =>
        account is null || !me.CanRead(account.UnitId) ? NotFound()
        : !me.CanWrite(account.UnitId) ? Forbid()
        : null;

    private void Show(NewMediaAccount account)
    {
        AccountName = account.Name;
        Status = account.Status;
    }

    public sealed class FilingForm
    {
        [Display(Name = nameof(Strings.Filing_Kind))]
        public FilingKind Kind { get; set; }

        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [Display(Name = nameof(Strings.Filing_FiledOn))]
        public DateOnly? FiledOn { get; set; }

        [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Filing_Note))]
        public string? Note { get; set; }
    }
}
