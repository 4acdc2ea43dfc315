using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// 撤回/错发: the item is marked withdrawn with a reason and stays visible; nothing is deleted, and a
/// withdrawn item no longer counts.
/// </summary>
public class WithdrawModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public WithdrawForm Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public Publication Publication { get; private set; } = null!;

    public bool IsWithdrawn => Publication.Status == PublicationStatus.Withdrawn;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var publication = await db.Publications.AsNoTracking().Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id);
        if (Refusal(publication) is { } refusal)
        {
            return refusal;
        }

        Publication = publication!;
        Version = publication!.Version;
        ExplainIfWithdrawn();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var publication = await db.Publications.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id);
        if (Refusal(publication) is { } refusal)
        {
            return refusal;
        }

        Publication = publication!;
        if (ExplainIfWithdrawn() || !ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Publication).Property(p => p.Version).OriginalValue = Version;
        Publication.Withdraw(Input.Reason!, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Common_ConcurrencyConflict)]);
            return Page();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Publications_Withdrawn), Publication.Title].Value;
        return RedirectToPage("/Publications/Details", new { id });
    }

    /// <summary>Another unit's record is "not found" for a liaison; a reader who may not write is refused.</summary>
    private IActionResult? Refusal(Publication? publication) =>
        publication is null || !me.CanRead(publication.UnitId) ? NotFound()
        : !me.CanWrite(publication.UnitId) ? Forbid()
        : null;

    /// <summary>An item is withdrawn once: a second withdrawal would overwrite the first reason and time.</summary>
    private bool ExplainIfWithdrawn()
    {
        if (!IsWithdrawn)
        {
            return false;
        }

        var when = Publication.WithdrawnAtUtc is { } at ? Format.DateTime(at) : "—";
        ModelState.AddModelError(string.Empty, localizer[nameof(Strings.Publications_AlreadyWithdrawn), when]);
        return true;
    }

    public sealed class WithdrawForm
    {
        [Required(ErrorMessage = nameof(Strings.Validation_Required))]
        [StringLength(500, ErrorMessage = nameof(Strings.Validation_MaxLength))]
        [Display(Name = nameof(Strings.Publication_WithdrawalReason))]
        public string? Reason { get; set; }
    }
}
