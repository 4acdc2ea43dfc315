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
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.NewMedia;

/// <summary>An account, its flags today, its filings (备案) history, and the quick "最近发布日期" update.</summary>
public class DetailsModel(AppDbContext db, CurrentUser me, TimeProvider clock, IOptions<NewMediaOptions> options, IStringLocalizer<Strings> localizer) : PageModel
{
    public NewMediaRow Account { get; private set; } = null!;

    public NewMediaFlag Flags { get; private set; }

    public int? DaysWithoutUpdate { get; private set; }

    public IReadOnlyList<FilingRow> Filings { get; private set; } = [];

    public NewMediaOptions Options => options.Value;

    public DateOnly Today { get; private set; }

    public bool MayWrite { get; private set; }

    /// <summary>The date the quick update sets (today by default).</summary>
    [BindProperty]
    [Required(ErrorMessage = nameof(Strings.Validation_Required))]
    [Display(Name = nameof(Strings.NewMediaAccount_LastUpdatedOn))]
    public DateOnly? LastUpdatedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        LastUpdatedOn = Today;
        return Page();
    }

    /// <summary>更新最近发布日期: one field, no version check: the latest word on the account's last update wins.</summary>
    public async Task<IActionResult> OnPostLastUpdatedAsync(int id)
    {
        var account = await db.NewMediaAccounts.FirstOrDefaultAsync(a => a.Id == id);
        if (account is null || !me.CanRead(account.UnitId))
        {
            return NotFound();
        }

        if (!me.CanWrite(account.UnitId))
        {
            return Forbid();
        }

        var today = ChinaTime.Today(clock);
        if (LastUpdatedOn > today)
        {
            ModelState.AddModelError(nameof(LastUpdatedOn), localizer[nameof(Strings.NewMedia_DateInFuture), localizer[nameof(Strings.NewMediaAccount_LastUpdatedOn)], Format.Date(today)]);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }

        account.LastUpdatedOn = LastUpdatedOn;
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.NewMedia_LastUpdatedSaved), Format.Date(LastUpdatedOn!.Value)].Value;
        return RedirectToPage("/NewMedia/Details", new { id });
    }

    /// <summary>Another unit's account is "not found" for a liaison.</summary>
    private async Task<bool> LoadAsync(int id)
    {
        var account = await NewMediaRow.Query(db, me.ScopeUnitId, id).AsNoTracking().FirstOrDefaultAsync();
        if (account is null)
        {
            return false;
        }

        Account = account;
        Today = ChinaTime.Today(clock);
        Flags = NewMediaFlags.Of(account.Facts, Today, Options);
        DaysWithoutUpdate = NewMediaFlags.DaysWithoutUpdate(account.Facts, Today);
        MayWrite = me.CanWrite(account.UnitId);
        Filings = await db.Filings.AsNoTracking()
            .Where(f => f.AccountId == id)
            .OrderByDescending(f => f.FiledOn).ThenByDescending(f => f.Id)
            .Select(f => new FilingRow(f.Kind, f.FiledOn, f.Note))
            .ToListAsync();
        return true;
    }

    public sealed record FilingRow(FilingKind Kind, DateOnly FiledOn, string? Note);
}
