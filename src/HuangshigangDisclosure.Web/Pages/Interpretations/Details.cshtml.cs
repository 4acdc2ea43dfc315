using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Calendar;
using HuangshigangDisclosure.Web.Interpretations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Pages.Interpretations;

/// <summary>One interpretation with its policy, how many working days after the policy it came, and whether in time.</summary>
public class DetailsModel(AppDbContext db, CurrentUser me, PortalCalendar portalCalendar, IOptions<InterpretationOptions> options) : PageModel
{
    public InterpretationView Interpretation { get; private set; } = null!;

    public int LagWorkingDays { get; private set; }

    public bool OnTime { get; private set; }

    public int OnTimeWorkingDays => options.Value.OnTimeWorkingDays;

    /// <summary>Dated before its policy: counted as released together (lag 0).</summary>
    public bool BeforePolicy => Interpretation.PublishedOn < Interpretation.PolicyPublishedOn;

    public bool MayWrite { get; private set; }

    /// <summary>Only an Admin deletes, and only an interpretation recorded in error.</summary>
    public bool MayDelete => me.IsAdmin;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var interpretation = await db.Interpretations.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new InterpretationView(
                i.Id, i.UnitId, db.Units.Where(u => u.Id == i.UnitId).Select(u => u.Name).First(), i.Title, i.Form, i.PublishedOn, i.Url,
                i.PolicyId, i.Policy!.Title, i.Policy.PublishedOn, i.RecordedBy, i.RecordedAtUtc))
            .FirstOrDefaultAsync();
        // Another unit's record is "not found" for a liaison: its existence is not confirmed.
        if (interpretation is null || !me.CanRead(interpretation.UnitId))
        {
            return NotFound();
        }

        Interpretation = interpretation;
        var calendar = await portalCalendar.GetAsync(HttpContext.RequestAborted);
        LagWorkingDays = InterpretationTiming.LagWorkingDays(calendar, interpretation.PolicyPublishedOn, interpretation.PublishedOn);
        OnTime = InterpretationTiming.IsOnTime(LagWorkingDays, OnTimeWorkingDays);
        MayWrite = me.CanWrite(interpretation.UnitId);
        return Page();
    }

    /// <summary>The span the lag was counted over (a day before the policy counts as the policy's own day).</summary>
    public WorkingDaysLink LagLink => new(
        Interpretation.PolicyPublishedOn,
        BeforePolicy ? Interpretation.PolicyPublishedOn : Interpretation.PublishedOn,
        LagWorkingDays);

    public sealed record InterpretationView(
        long Id,
        int UnitId,
        string UnitName,
        string Title,
        InterpretationForm Form,
        DateOnly PublishedOn,
        string? Url,
        long PolicyId,
        string PolicyTitle,
        DateOnly PolicyPublishedOn,
        string RecordedBy,
        DateTime RecordedAtUtc);
}
