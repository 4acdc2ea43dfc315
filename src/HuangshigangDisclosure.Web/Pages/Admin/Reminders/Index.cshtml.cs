using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Reminders;

/// <summary>提醒督办: the reminders sent, newest first, with how many of their units acknowledged them.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<ReminderRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Total = await db.Reminders.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.Reminders.AsNoTracking()
            .OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new ReminderRow(
                r.Id, r.SentOn, r.DueOn, r.Text, r.SentBy,
                r.Recipients.Count,
                r.Recipients.Count(x => x.AcknowledgedAtUtc != null)))
            .ToListAsync();
    }

    public sealed record ReminderRow(int Id, DateOnly SentOn, DateOnly? DueOn, string Text, string SentBy, int Units, int Acknowledged);
}
