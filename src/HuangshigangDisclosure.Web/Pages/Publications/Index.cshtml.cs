using System.Globalization;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// 公开信息列表: filters are GET parameters (so a filtered list is a link to share), sorting and paging
/// happen in the database. A liaison sees their own unit only, whatever <c>unit</c> says.
/// </summary>
public partial class IndexModel(AppDbContext db, CurrentUser me, IStringLocalizer<Strings> localizer) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    /// <summary>A calendar quarter, e.g. 2022Q3.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    /// <summary>A calendar month, e.g. 2022-07.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public PublicationChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public PublicationCategory? Category { get; set; }

    /// <summary>"published", "withdrawn" or "all" (default: withdrawn items stay in sight, marked).</summary>
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "all";

    /// <summary>A directory entry's code, or its number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Entry { get; set; }

    /// <summary>Words that must all appear in the title.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"date" (published on, default), "title", "unit" or "recorded".</summary>
    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "date";

    /// <summary>"asc" or "desc" (default).</summary>
    [BindProperty(SupportsGet = true)]
    public string Dir { get; set; } = "desc";

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<PublicationRow> Rows { get; private set; } = [];

    /// <summary>The units the user may filter by: every unit for Admins and Leaders, their own for a liaison.</summary>
    public IReadOnlyList<UnitOption> Units { get; private set; } = [];

    /// <summary>Filters that could not be read and were ignored, in words for the user.</summary>
    public IReadOnlyList<string> FilterProblems { get; private set; } = [];

    public bool IsLiaison => me.ScopeUnitId is not null;

    public bool MayRecord => me.IsAdmin || (me.UnitId is { } own && me.CanWrite(own));

    public async Task OnGetAsync()
    {
        var problems = new List<string>();
        var query = db.Publications.AsNoTracking();
        // Unit scope first and always: a liaison's own unit replaces any unit asked for.
        if (me.ScopeUnitId is { } own)
        {
            Unit = own;
        }

        if (Unit is { } unit)
        {
            query = query.Where(p => p.UnitId == unit);
        }

        if (!string.IsNullOrWhiteSpace(Quarter))
        {
            if (TryParseQuarter(Quarter, out var from, out var to))
            {
                query = query.Where(p => p.PublishedOn >= from && p.PublishedOn <= to);
            }
            else
            {
                problems.Add(localizer[nameof(Strings.Publications_QuarterInvalid), Quarter.Trim()]);
            }
        }

        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (TryParseMonth(Month, out var from, out var to))
            {
                query = query.Where(p => p.PublishedOn >= from && p.PublishedOn <= to);
            }
            else
            {
                problems.Add(localizer[nameof(Strings.Publications_MonthInvalid), Month.Trim()]);
            }
        }

        if (Channel is { } channel)
        {
            query = query.Where(p => p.Channel == channel);
        }

        if (Category is { } category)
        {
            query = query.Where(p => p.Category == category);
        }

        query = Status switch
        {
            "published" => query.Where(p => p.Status == PublicationStatus.Published),
            "withdrawn" => query.Where(p => p.Status == PublicationStatus.Withdrawn),
            _ => query,
        };

        if (!string.IsNullOrWhiteSpace(Entry))
        {
            query = await FilterByEntryAsync(query, Entry.Trim());
        }

        foreach (var word in (Q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(p => p.Title.Contains(word));
        }

        FilterProblems = problems;
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await Sorted(query)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new PublicationRow(
                p.Id, p.Unit!.Name, p.Title, p.PublishedOn, p.Channel, p.Category, p.Url, p.Status, p.NeedsInterpretation,
                p.DirectoryEntry == null ? null : p.DirectoryEntry.Code, p.RecordedBy, p.RecordedAtUtc))
            .ToListAsync();
        var scope = me.ScopeUnitId;
        Units = await db.Units.AsNoTracking()
            .Where(u => scope == null || u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name, u.IsActive))
            .ToListAsync();
    }

    /// <summary>Whether the list is sorted by <paramref name="column"/>, and which way.</summary>
    public bool IsSortedBy(string column) => string.Equals(Sort, column, StringComparison.Ordinal);

    public bool Ascending => string.Equals(Dir, "asc", StringComparison.Ordinal);

    private IQueryable<Publication> Sorted(IQueryable<Publication> query)
    {
        var ascending = Ascending;
        var sorted = Sort switch
        {
            "title" => ascending ? query.OrderBy(p => p.Title) : query.OrderByDescending(p => p.Title),
            "unit" => ascending
                ? query.OrderBy(p => p.Unit!.SortOrder).ThenBy(p => p.Unit!.Name)
                : query.OrderByDescending(p => p.Unit!.SortOrder).ThenByDescending(p => p.Unit!.Name),
            "recorded" => ascending ? query.OrderBy(p => p.RecordedAtUtc) : query.OrderByDescending(p => p.RecordedAtUtc),
            _ => ascending ? query.OrderBy(p => p.PublishedOn) : query.OrderByDescending(p => p.PublishedOn),
        };
        // Ties are broken the same way every time, so a row never shows on two pages.
        return sorted.ThenByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id);
    }

    /// <summary>By code first; a number that is no code is taken as the entry's id.</summary>
    private async Task<IQueryable<Publication>> FilterByEntryAsync(IQueryable<Publication> query, string entry)
    {
        var id = await db.DirectoryEntries.AsNoTracking().Where(e => e.Code == entry).Select(e => (int?)e.Id).FirstOrDefaultAsync();
        if (id is null && int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            id = number;
        }

        return id is { } entryId ? query.Where(p => p.DirectoryEntryId == entryId) : query.Where(p => false);
    }

    /// <summary>2022Q3, 2022q3 or 2022-Q3: the quarter's first and last day (Core's Quarter, as the scorer reads it).</summary>
    public static bool TryParseQuarter(string text, out DateOnly from, out DateOnly to)
    {
        if (Core.Scoring.Quarter.TryParse(text, out var quarter) && IsPlausibleYear(quarter.Year))
        {
            (from, to) = (quarter.Start, quarter.End);
            return true;
        }

        from = to = default;
        return false;
    }

    /// <summary>2022-07 (what &lt;input type="month"&gt; sends) or 2022-7: the month's first and last day.</summary>
    public static bool TryParseMonth(string text, out DateOnly from, out DateOnly to)
    {
        var match = MonthPattern().Match(text.Trim());
        var month = match.Success && IsPlausibleYear(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (month is < 1 or > 12)
        {
            from = to = default;
            return false;
        }

        from = new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), month, 1);
        to = from.AddMonths(1).AddDays(-1);
        return true;
    }

    private static bool IsPlausibleYear(int year) => year is >= 1900 and <= 2999;

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})$")]
    private static partial Regex MonthPattern();

    public sealed record PublicationRow(
        long Id,
        string UnitName,
        string Title,
        DateOnly PublishedOn,
        PublicationChannel Channel,
        PublicationCategory Category,
        string? Url,
        PublicationStatus Status,
        bool NeedsInterpretation,
        string? EntryCode,
        string RecordedBy,
        DateTime RecordedAtUtc);

    public sealed record UnitOption(int Id, string Name, bool IsActive);
}
