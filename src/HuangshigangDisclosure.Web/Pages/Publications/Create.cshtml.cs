using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>录入公开信息: a liaison records for their own unit; an Admin for the unit they choose.</summary>
public class CreateModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public PublicationForm Input { get; set; } = new();

    public PublicationDuplicate? Duplicate { get; private set; }

    /// <param name="unit">An Admin may arrive with the unit chosen (from a unit's page or the list's filter).</param>
    public async Task<IActionResult> OnGetAsync(int? unit)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        Input.UnitId = me.IsAdmin ? unit : me.UnitId;
        Input.PublishedOn = ChinaTime.Today(clock);
        return await FormAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        // Never trust a posted unit from a liaison: they record for their own unit only.
        var unitId = me.IsAdmin ? Input.UnitId : me.UnitId;
        Duplicate = await PublicationChecks.CheckAsync(db, Input, unitId, existing: null, ChinaTime.Today(clock), ModelState, localizer);
        if (!ModelState.IsValid || Duplicate is not null)
        {
            return await FormAsync();
        }

        var publication = new Publication
        {
            Title = "",
            Status = PublicationStatus.Published,
            RecordedBy = me.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Input.ApplyTo(publication, unitId!.Value);
        db.Publications.Add(publication);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Publications_Created), publication.Title].Value;
        return RedirectToPage("/Publications/Details", new { id = publication.Id });
    }

    /// <summary>Admins record for any unit, a liaison for their own; Leaders only read.</summary>
    private bool MayRecord => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    private async Task<IActionResult> FormAsync()
    {
        ViewData[PublicationChoices.ViewDataKey] = await PublicationChoices.LoadAsync(db, me);
        return Page();
    }
}
