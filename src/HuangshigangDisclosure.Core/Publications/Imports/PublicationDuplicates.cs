namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>A row left out because it repeats an earlier row of the same file.</summary>
public sealed record DuplicateRow(int Row, int DuplicateOfRow, string Reason);

/// <summary>
/// The duplicate rule of design §3, within one import file: the same unit and link, or the same
/// unit, title and date, is one publication. The first row is kept and each later one reported,
/// so the same item is never counted twice.
/// </summary>
public static class PublicationDuplicates
{
    /// <summary>Finds duplicates, taking units as written in the file.</summary>
    public static IReadOnlyList<DuplicateRow> Find(IEnumerable<ParsedPublication> rows) =>
        Find(rows, row => row.Unit);

    /// <summary>
    /// Finds duplicates with units identified by <paramref name="unitOf"/>: once units are resolved,
    /// pass the unit's id, so that a name and a short name of one unit are the same unit.
    /// </summary>
    public static IReadOnlyList<DuplicateRow> Find<TUnit>(IEnumerable<ParsedPublication> rows, Func<ParsedPublication, TUnit> unitOf)
        where TUnit : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(unitOf);
        var byUrl = new Dictionary<(TUnit, string), int>();
        var byTitle = new Dictionary<(TUnit, string, DateOnly), int>();
        var duplicates = new List<DuplicateRow>();
        foreach (var row in rows)
        {
            var unit = unitOf(row);
            var urlKey = row.Url is null ? null : UrlKey(row.Url);
            if (urlKey is not null && byUrl.TryGetValue((unit, urlKey), out var first))
            {
                duplicates.Add(new(row.Row, first, $"与第 {Number(first)} 行重复（同一单位、同一链接）。"));
            }
            else if (byTitle.TryGetValue((unit, row.Title, row.PublishedOn), out first))
            {
                duplicates.Add(new(row.Row, first, $"与第 {Number(first)} 行重复（同一单位、同一标题和发布日期）。"));
            }
            else
            {
                // Only kept rows are remembered: a later row is reported against the row that stays.
                if (urlKey is not null)
                {
                    byUrl[(unit, urlKey)] = row.Row;
                }

                byTitle.TryAdd((unit, row.Title, row.PublishedOn), row.Row);
            }
        }

        return duplicates;
    }

    /// <summary>
    /// The form in which two links are compared: scheme and host in lower case, default port dropped,
    /// escaping made uniform. Use it too when comparing with links already stored.
    /// </summary>
    public static string UrlKey(string url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url?.Trim() ?? "";

    private static string Number(int row) => row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
