using System.Globalization;
using CsvHelper;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Publications;

/// <summary>
/// 导出: the list's rows as a file, one column per field, in the user's language (Chinese headers and names by
/// default), dates as yyyy-MM-dd, formula-like text neutralised (<see cref="SpreadsheetFiles"/>). The CSV is
/// streamed: rows are read one at a time, untracked, and leave through CsvHelper's 64 KiB buffer, so memory does
/// not grow with the number of rows (docs/performance.md: a million rows).
/// </summary>
public sealed class PublicationExport
{
    private readonly Dictionary<PublicationChannel, string> _channels;
    private readonly Dictionary<PublicationCategory, string> _categories;
    private readonly Dictionary<PublicationStatus, string> _statuses;
    private readonly string _yes;
    private readonly string _no;

    public PublicationExport(IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        // The names are looked up once, not a million times.
        _channels = Enum.GetValues<PublicationChannel>().ToDictionary(c => c, c => PublicationNames.Display(localizer, c));
        _categories = Enum.GetValues<PublicationCategory>().ToDictionary(c => c, c => PublicationNames.Display(localizer, c));
        _statuses = Enum.GetValues<PublicationStatus>().ToDictionary(s => s, s => PublicationNames.Display(localizer, s));
        _yes = localizer[nameof(Strings.Imports_Yes)];
        _no = localizer[nameof(Strings.Imports_No)];
        Header =
        [
            localizer[nameof(Strings.Publication_PublishedOn)], localizer[nameof(Strings.Publication_Title)], localizer[nameof(Strings.Publication_Unit)],
            localizer[nameof(Strings.Publication_Channel)], localizer[nameof(Strings.Publication_Category)], localizer[nameof(Strings.Publications_EntryFilter)],
            localizer[nameof(Strings.Publication_Url)], localizer[nameof(Strings.Publication_NeedsInterpretation)], localizer[nameof(Strings.Publication_Status)],
            localizer[nameof(Strings.Publication_RecordedBy)], localizer[nameof(Strings.Publication_RecordedAt)],
        ];
    }

    public string[] Header { get; }

    /// <summary>The columns of the file, read from the list's (filtered, sorted) query.</summary>
    public static IQueryable<Row> Rows(IQueryable<Publication> sorted) => sorted.Select(p => new Row(
        p.PublishedOn, p.Title, p.Unit!.Name, p.Channel, p.Category, p.DirectoryEntry == null ? null : p.DirectoryEntry.Code,
        p.Url, p.NeedsInterpretation, p.Status, p.RecordedBy, p.RecordedAtUtc));

    /// <summary>One row's cells as text, in the order of <see cref="Header"/>.</summary>
    public string[] Cells(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.Title, row.UnitName,
            _channels[row.Channel], _categories[row.Category], row.EntryCode ?? "",
            row.Url ?? "", row.NeedsInterpretation ? _yes : _no, _statuses[row.Status],
            row.RecordedBy, ChinaTime.ToChina(row.RecordedAtUtc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>Writes the header and every row to <paramref name="destination"/> as they come; returns the number of rows.</summary>
    public async Task<int> WriteCsvAsync(Stream destination, IAsyncEnumerable<Row> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(rows);
        var count = 0;
        await using (var csv = CsvWriter.Create(destination, SpreadsheetFiles.CsvOptions, leaveOpen: true))
        {
            await csv.WriteRecordAsync(Header, cancellationToken);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                // The writer hands its buffer to the destination (and awaits the client) whenever it is mostly full.
                await csv.WriteRecordAsync(Cells(row), cancellationToken);
                count++;
            }

            await csv.FlushAsync(cancellationToken);
        }

        return count;
    }

    public sealed record Row(
        DateOnly PublishedOn,
        string Title,
        string UnitName,
        PublicationChannel Channel,
        PublicationCategory Category,
        string? EntryCode,
        string? Url,
        bool NeedsInterpretation,
        PublicationStatus Status,
        string RecordedBy,
        DateTime RecordedAtUtc);
}
