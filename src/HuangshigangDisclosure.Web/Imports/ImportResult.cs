using System.Globalization;
using System.Security.Cryptography;
using HuangshigangDisclosure.Core.Publications.Imports;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>An uploaded file as the import reads it: its name and its bytes (at most the configured size).</summary>
public sealed record ImportUpload(string FileName, byte[] Content)
{
    /// <summary>SHA-256 of the content, hex, as the import batch records it.</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    public Stream OpenRead() => new MemoryStream(Content, writable: false);

    /// <summary>The upload's bytes, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<ImportUpload?> ReadAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var content = file.OpenReadStream())
        {
            await content.CopyToAsync(buffer, cancellationToken);
        }

        return new ImportUpload(CleanName(file.FileName), buffer.ToArray());
    }

    /// <summary>The file's own name without any folder a browser sent with it, short enough for the batch record.</summary>
    public static string CleanName(string? name)
    {
        var clean = Path.GetFileName((name ?? "").Replace('\\', '/')).Trim();
        if (clean.Length == 0)
        {
            return "upload";
        }

        return clean.Length <= 200 ? clean : clean[..150] + Path.GetExtension(clean);
    }
}

/// <summary>A row left out because it repeats a row above it or an item already recorded.</summary>
public sealed record ImportDuplicate(int Row, string Reason);

/// <summary>Why a row was refused: its row number in the spreadsheet, the column, and what to fix.</summary>
public sealed record ImportError(int Row, string Column, string Message)
{
    /// <summary>The message with its row number, readable on its own (as the API answers it).</summary>
    public string Text => Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"第 {Row} 行：{Message}") : Message;

    public static ImportError From(RowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error.Row, error.Column, error.Message);
    }
}

/// <summary>
/// What an import found and did. All or nothing: when <see cref="FileError"/> or any of
/// <see cref="Errors"/> is present nothing was added; otherwise every row but the duplicates was
/// added (commit) or would be (preview).
/// </summary>
public abstract record ImportOutcome
{
    /// <summary>Data rows read from the file (blank rows not counted).</summary>
    public int RowsRead { get; init; }

    /// <summary>Rows that are new: added by a commit, or that a commit would add.</summary>
    public int ToAdd { get; init; }

    public IReadOnlyList<ImportDuplicate> Duplicates { get; init; } = [];

    public IReadOnlyList<ImportError> Errors { get; init; } = [];

    /// <summary>Why the file as a whole cannot be imported (unreadable, a header missing…).</summary>
    public string? FileError { get; init; }

    /// <summary>Whether the rows were written (a commit without errors).</summary>
    public bool Committed { get; init; }

    /// <summary>What was written: <see cref="ToAdd"/> after a commit, else 0.</summary>
    public int Added => Committed ? ToAdd : 0;

    public bool IsValid => FileError is null && Errors.Count == 0;
}

/// <summary>An <see cref="ImportOutcome"/> with the first rows to add, as a preview shows them.</summary>
public sealed record ImportResult<TRow> : ImportOutcome
{
    /// <summary>How many rows a preview shows of those to add.</summary>
    public const int SampleSize = 50;

    /// <summary>The first <see cref="SampleSize"/> rows to add.</summary>
    public IReadOnlyList<TRow> Sample { get; init; } = [];

    public static ImportResult<TRow> Failed(string fileError, int rowsRead = 0) => new() { FileError = fileError, RowsRead = rowsRead };
}
