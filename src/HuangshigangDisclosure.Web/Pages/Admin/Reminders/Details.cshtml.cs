using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Reminders;

/// <summary>A reminder and, unit by unit, whether and when its liaison acknowledged it.</summary>
public class DetailsModel(AppDbContext db) : PageModel
{
    public ReminderFacts Reminder { get; private set; } = null!;

    public IReadOnlyList<RecipientRow> Recipients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var reminder = await db.Reminders.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new ReminderFacts(r.Id, r.Text, r.SentOn, r.DueOn, r.SentBy))
            .FirstOrDefaultAsync();
        if (reminder is null)
        {
            return NotFound();
        }

        Reminder = reminder;
        Recipients = await db.ReminderRecipients.AsNoTracking()
            .Where(r => r.ReminderId == id)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r, u })
            .OrderBy(x => x.u.SortOrder).ThenBy(x => x.u.Name)
            .Select(x => new RecipientRow(x.u.Id, x.u.Name, x.r.AcknowledgedAtUtc, x.r.AcknowledgedBy))
            .ToListAsync();
        return Page();
    }

    public sealed record ReminderFacts(int Id, string Text, DateOnly SentOn, DateOnly? DueOn, string SentBy);

    public sealed record RecipientRow(int UnitId, string UnitName, DateTime? AcknowledgedAtUtc, string? AcknowledgedBy);
}
