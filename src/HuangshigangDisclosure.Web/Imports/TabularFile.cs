using System.Diagnostics.CodeAnalysis;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>One data row of an uploaded file, numbered as the spreadsheet numbers it (the header is usually row 1).</summary>
public sealed record TabularRow(int Row, IReadOnlyList<ImportCell> Cells);

/// <summary>The first sheet of an .xlsx or the whole of a .csv: its header row and its non-blank data rows.</summary>
public sealed record TabularFile(IReadOnlyList<string> Headers, IReadOnlyList<TabularRow> Rows);

/// <summary>Either the file's content or one message, in Chinese, saying why it cannot be read.</summary>
public sealed record TabularReadResult
{
    private TabularReadResult(TabularFile? file, string? error) => (File, Error) = (file, error);

    public TabularFile? File { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => File is not null;

    public static TabularReadResult Success(TabularFile file) => new(file, null);

    public static TabularReadResult Failure(string error) => new(null, error);
}
