namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>
/// One data row of a publication import file, unchecked: each column's text as the file gave it,
/// the publication date as a cell (a spreadsheet may give it as a typed date or a serial number),
/// and the row's number as the user sees it in the spreadsheet (the header is row 1).
/// </summary>
public sealed record PublicationImportRow(int Row)
{
    public string? Unit { get; init; }

    public string? Title { get; init; }

    public ImportCell PublishedOn { get; init; } = ImportCell.Empty;

    public string? Channel { get; init; }

    public string? Url { get; init; }

    public string? Category { get; init; }

    public string? DirectoryCode { get; init; }

    public string? NeedsInterpretation { get; init; }

    /// <summary>Picks the row's cells by the columns found in the header row.</summary>
    public static PublicationImportRow From(ColumnMap<PublicationColumn> columns, int row, IReadOnlyList<ImportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return new(row)
        {
            Unit = columns.Text(cells, PublicationColumn.Unit),
            Title = columns.Text(cells, PublicationColumn.Title),
            PublishedOn = columns.Cell(cells, PublicationColumn.PublishedOn),
            Channel = columns.Text(cells, PublicationColumn.Channel),
            Url = columns.Text(cells, PublicationColumn.Url),
            Category = columns.Text(cells, PublicationColumn.Category),
            DirectoryCode = columns.Text(cells, PublicationColumn.DirectoryCode),
            NeedsInterpretation = columns.Text(cells, PublicationColumn.NeedsInterpretation),
        };
    }
}

/// <summary>
/// A publication row that passed every check. <see cref="Unit"/> is still the text of the file
/// (a unit's name or short name): resolving it to a unit needs the database.
/// </summary>
public sealed record ParsedPublication(
    int Row,
    string Unit,
    string Title,
    DateOnly PublishedOn,
    PublicationChannel Channel,
    string? Url,
    PublicationCategory Category,
    string? DirectoryCode,
    bool NeedsInterpretation);
