using System.Diagnostics;
using System.Globalization;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// 公开信息列表: filters are GET parameters (so a filtered list is a link to share), sorting and paging
/// happen in the database (<see cref="PublicationListQuery"/>). A liaison sees their own unit only, whatever
/// <c>unit</c> says; the export gives the same rows, every page of them.
/// </summary>
public partial class IndexModel(
    AppDbContext db, CurrentUser me, IStringLocalizer<Strings> localizer, IOptions<PublicationExportOptions> exportOptions, ILogger<IndexModel> logger) : PageModel
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

    /// <summary>Why the Excel export was refused (too many rows), shown above the list.</summary>
    public string? ExportProblem { get; private set; }

    /// <summary>The filters and order as the query string gives them; the export reads the same.</summary>
    public PublicationListQuery ListQuery => new(Unit, Quarter, Month, Channel, Category, Status, Entry, Q, Sort, Dir);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A liaison's own unit replaces any unit asked for (the query object applies the scope again).
        if (me.ScopeUnitId is { } own)
        {
            Unit = own;
        }

        var list = ListQuery;
        (var query, FilterProblems) = await list.FilterAsync(db, me.ScopeUnitId, localizer, cancellationToken);
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await list.Sorted(query)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new PublicationRow(
                p.Id, p.Unit!.Name, p.Title, p.PublishedOn, p.Channel, p.Category, p.Url, p.Status, p.NeedsInterpretation,
                p.DirectoryEntry == null ? null : p.DirectoryEntry.Code, p.RecordedBy, p.RecordedAtUtc))
            .ToListAsync(cancellationToken);
        var scope = me.ScopeUnitId;
        Units = await db.Units.AsNoTracking()
            .Where(u => scope == null || u.Id == scope)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name, u.IsActive))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// GET ?handler=Export&amp;format=csv|xlsx (default csv) with the list's own filters and order: every page, not
    /// only the one shown. The CSV is streamed whatever its size; an .xlsx is refused above
    /// <see cref="PublicationExportOptions.ExcelMaxRows"/> rows, with a message pointing to the CSV.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        if (!xlsx && !string.IsNullOrEmpty(format) && !string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        var list = ListQuery;
        var (query, _) = await list.FilterAsync(db, me.ScopeUnitId, localizer, cancellationToken);
        var rows = PublicationExport.Rows(list.Sorted(query));
        var export = new PublicationExport(localizer);
        var name = await FileNameAsync(cancellationToken);
        if (xlsx)
        {
            var limit = exportOptions.Value.ExcelMaxRows;
            var total = await query.CountAsync(cancellationToken);
            if (total > limit)
            {
                await OnGetAsync(cancellationToken);
                ExportProblem = localizer[nameof(Strings.Publications_ExportTooManyForExcel),
                    total.ToString("N0", CultureInfo.CurrentCulture), limit.ToString("N0", CultureInfo.CurrentCulture)];
                return Page();
            }

            var loaded = await rows.Take(limit).ToListAsync(cancellationToken);
            var workbook = SpreadsheetFiles.Xlsx(export.Header, loaded.Select(export.Cells), localizer[nameof(Strings.Publications_Title)]);
            return File(workbook, SpreadsheetFiles.XlsxContentType, name + ".xlsx");
        }

        var started = Stopwatch.GetTimestamp();
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name + ".csv");
        Response.ContentType = SpreadsheetFiles.CsvContentType;
        Response.Headers.ContentDisposition = disposition.ToString();
        // Rows go out as they are written, never collected in a response buffer.
        HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var count = await export.WriteCsvAsync(Response.Body, rows.AsAsyncEnumerable(), cancellationToken);
        LogExported(logger, count, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new EmptyResult();
    }

    /// <summary>公开信息_区民政局_2022Q3: the title, then the unit and period asked for (ignored filters left out).</summary>
    private async Task<string> FileNameAsync(CancellationToken cancellationToken)
    {
        var parts = new List<string> { localizer[nameof(Strings.Publications_Title)] };
        if ((me.ScopeUnitId ?? Unit) is { } unit
            && await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) is { } unitName)
        {
            parts.Add(unitName);
        }

        if (!string.IsNullOrWhiteSpace(Quarter) && PublicationListQuery.TryParseQuarter(Quarter, out var quarterStart, out _))
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{quarterStart.Year}Q{(quarterStart.Month + 2) / 3}"));
        }

        if (!string.IsNullOrWhiteSpace(Month) && PublicationListQuery.TryParseMonth(Month, out var month, out _))
        {
            parts.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return string.Join('_', parts);
    }

    /// <summary>Whether the list is sorted by <paramref name="column"/>, and which way.</summary>
    public bool IsSortedBy(string column) => string.Equals(Sort, column, StringComparison.Ordinal);

    public bool Ascending => ListQuery.Ascending;

    [LoggerMessage(Level = LogLevel.Information, Message = "Exported {Rows} publications as CSV in {Milliseconds} ms")]
    private static partial void LogExported(ILogger logger, int rows, long milliseconds);

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
