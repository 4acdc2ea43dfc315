using System.Globalization;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Interpretations;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>
/// 录入政策解读, always for a policy: a liaison picks one of their own unit's policies, an Admin first
/// picks the unit. The interpretation's unit is the policy's, whatever is posted.
/// </summary>
public class CreateModel(AppDbContext db, CurrentUser me, InterpretationQueries queries, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public InterpretationInput Input { get; set; } = new();

    /// <summary>The unit whose policies are offered: an Admin's choice; a liaison's own unit whatever is asked.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    /// <summary>For an Admin: the units to pick from.</summary>
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public bool ChoosesUnit => me.IsAdmin;

    /// <param name="policy">The policy to interpret, when coming from its page or the to-do list.</param>
    public async Task<IActionResult> OnGetAsync(long? policy)
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        if (policy is { } id)
        {
            // Another unit's policy is "not found" for a liaison, like every record of another unit.
            var chosen = await PolicyChoice.FindAsync(db, id);
            if (chosen is null || !me.CanWrite(chosen.UnitId))
            {
                return NotFound();
            }

            Input.PolicyId = id;
            Unit = chosen.UnitId;
        }

        Unit = me.IsAdmin ? Unit : me.UnitId;
        Input.PublishedOn = ChinaTime.Today(clock);
        return await FormAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!MayRecord)
        {
            return Forbid();
        }

        var (policy, refused) = await InterpretationChecks.PolicyAsync(db, me, Input, ModelState, localizer);
        if (refused)
        {
            return NotFound();
        }

        InterpretationChecks.Check(Input, policy, keptPolicyId: null, ChinaTime.Today(clock), ModelState, localizer);
        Unit = me.IsAdmin ? policy?.UnitId ?? Unit : me.UnitId;
        if (!ModelState.IsValid)
        {
            return await FormAsync();
        }

        var interpretation = new Interpretation
        {
            Title = "",
            RecordedBy = me.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        Input.ApplyTo(interpretation, policy!);
        db.Interpretations.Add(interpretation);
        await db.SaveChangesAsync();
        TempData["StatusMessage"] = localizer[nameof(Strings.Interpretations_Created), interpretation.Title].Value;
        return RedirectToPage("/Interpretations/Details", new { id = interpretation.Id });
    }

    /// <summary>Admins record for any unit, a liaison for their own; Leaders only read.</summary>
    private bool MayRecord => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    private async Task<IActionResult> FormAsync()
    {
        if (me.IsAdmin)
        {
            Units = await db.Units.AsNoTracking()
                .Where(u => u.IsActive || u.Id == Unit)
                .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
                .Select(u => new SelectListItem(u.Name, u.Id.ToString(CultureInfo.InvariantCulture)))
                .ToListAsync();
        }

        ViewData[InterpretationChoices.ViewDataKey] = await InterpretationChoices.LoadAsync(queries, db, Unit, Input.PolicyId, localizer);
        return Page();
    }
}
