using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Pages.Admin.Audit;

/// <summary>Search the audit trail. Read-only: there is no handler that changes or deletes a row.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    /// <summary>From this China-local date (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Up to this China-local date (inclusive).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (From is { } from)
        {
            var fromUtc = ChinaDayStartUtc(from);
            query = query.Where(e => e.OccurredAtUtc >= fromUtc);
        }

        if (To is { } to)
        {
            var toUtc = ChinaDayStartUtc(to.AddDays(1));
            query = query.Where(e => e.OccurredAtUtc < toUtc);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            var name = UserName.Trim();
            query = query.Where(e => e.UserName.Contains(name));
        }

        if (Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(EntityType))
        {
            query = query.Where(e => e.EntityType == EntityType);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            query = query.Where(e => (e.EntityId != null && e.EntityId.Contains(q)) || (e.Changes != null && e.Changes.Contains(q)));
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Entries = await query.OrderByDescending(e => e.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync();
        EntityTypes = await db.AuditEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync();
    }

    private static DateTime ChinaDayStartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), ChinaTime.Zone);
}
