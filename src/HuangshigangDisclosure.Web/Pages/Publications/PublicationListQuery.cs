using System.Globalization;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// The filters and order of the 公开信息 list, as its GET parameters give them. The list page and its export
/// both go through here, so a download holds exactly the rows the list pages through.
/// </summary>
/// <param name="Status">"published", "withdrawn" or anything else for all.</param>
/// <param name="Entry">A directory entry's code, or its number.</param>
/// <param name="Q">Words that must all appear in the title.</param>
/// <param name="Sort">"date" (published on, the default), "title", "unit" or "recorded".</param>
/// <param name="Dir">"asc", or anything else for descending.</param>
public sealed partial record PublicationListQuery(
    int? Unit,
    string? Quarter,
    string? Month,
    PublicationChannel? Channel,
    PublicationCategory? Category,
    string? Status,
    string? Entry,
    string? Q,
    string? Sort,
    string? Dir)
{
    public bool Ascending => string.Equals(Dir, "asc", StringComparison.Ordinal);

    /// <summary>
    /// The matching publications (unsorted) and, in words for the user, the filters that could not be read and were
    /// ignored. <paramref name="scopeUnitId"/> (CurrentUser.ScopeUnitId) replaces any unit asked for.
    /// </summary>
    public async Task<(IQueryable<Publication> Matches, IReadOnlyList<string> Problems)> FilterAsync(
        AppDbContext db, int? scopeUnitId, IStringLocalizer localizer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(localizer);
        var problems = new List<string>();
        var query = db.Publications.AsNoTracking();
        // Unit scope first and always: a liaison's own unit replaces any unit asked for.
        if ((scopeUnitId ?? Unit) is { } unit)
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
            query = await FilterByEntryAsync(db, query, Entry.Trim(), cancellationToken);
        }

        foreach (var word in (Q ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(p => p.Title.Contains(word));
        }

        return (query, problems);
    }

    /// <summary>The list's order; ties are broken the same way every time, so a row never shows on two pages.</summary>
    public IQueryable<Publication> Sorted(IQueryable<Publication> query)
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
        return sorted.ThenByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id);
    }

    /// <summary>By code first; a number that is no code is taken as the entry's id.</summary>
    private static async Task<IQueryable<Publication>> FilterByEntryAsync(AppDbContext db, IQueryable<Publication> query, string entry, CancellationToken cancellationToken)
    {
        var id = await db.DirectoryEntries.AsNoTracking().Where(e => e.Code == entry).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
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
}
