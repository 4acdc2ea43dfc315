using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Reminders;

/// <summary>
/// 本单位提醒督办记录: every reminder sent to a unit, and whether it was acknowledged. The unit's
/// liaison acknowledges here (or from the home page); nobody acknowledges for another unit.
/// </summary>
public class UnitModel(AppDbContext db, CurrentUser me, TimeProvider clock, IStringLocalizer<Strings> localizer) : PageModel
{
    public int UnitId { get; private set; }

    public string UnitName { get; private set; } = "";

    public IReadOnlyList<UnitReminder> Reminders { get; private set; } = [];

    /// <summary>Only the unit's own liaison acknowledges: an Admin reads, a Leader reads.</summary>
    public bool MayAcknowledge { get; private set; }

    public async Task<IActionResult> OnGetAsync(int unitId)
    {
        // Another unit's page is "not found" for a liaison: its existence is not confirmed.
        var unitName = me.CanRead(unitId) ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync() : null;
        if (unitName is null)
        {
            return NotFound();
        }

        UnitId = unitId;
        UnitName = unitName;
        MayAcknowledge = me.IsLiaison && me.UnitId == unitId;
        Reminders = await ForUnit(db, unitId).ToListAsync();
        return Page();
    }

    /// <param name="returnTo">"home" to come back to the home page; otherwise this page.</param>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int unitId, int reminderId, string? returnTo)
    {
        if (!me.CanRead(unitId))
        {
            return NotFound();
        }

        if (!(me.IsLiaison && me.UnitId == unitId))
        {
            return Forbid();
        }

        // A reminder not addressed to this unit is "not found", like another unit's record.
        var recipient = await db.ReminderRecipients.FirstOrDefaultAsync(r => r.ReminderId == reminderId && r.UnitId == unitId);
        if (recipient is null)
        {
            return NotFound();
        }

        // The first acknowledgement stands: a second click changes nothing.
        if (recipient.AcknowledgedAtUtc is null)
        {
            recipient.AcknowledgedAtUtc = clock.GetUtcNow().UtcDateTime;
            recipient.AcknowledgedBy = me.UserName;
            await db.SaveChangesAsync();
        }

        TempData["StatusMessage"] = localizer[nameof(Strings.Reminders_AcknowledgedDone)].Value;
        return returnTo == "home" ? RedirectToPage("/Index") : RedirectToPage("/Reminders/Unit", new { unitId });
    }

    /// <summary>A unit's reminders, newest first.</summary>
    public static IQueryable<UnitReminder> ForUnit(AppDbContext db, int unitId) =>
        db.ReminderRecipients.AsNoTracking()
            .Where(r => r.UnitId == unitId)
            .OrderByDescending(r => r.Reminder!.SentOn).ThenByDescending(r => r.ReminderId)
            .Select(r => new UnitReminder(r.ReminderId, r.Reminder!.SentOn, r.Reminder.DueOn, r.Reminder.Text, r.AcknowledgedAtUtc, r.AcknowledgedBy));

    public sealed record UnitReminder(int ReminderId, DateOnly SentOn, DateOnly? DueOn, string Text, DateTime? AcknowledgedAtUtc, string? AcknowledgedBy);
}
