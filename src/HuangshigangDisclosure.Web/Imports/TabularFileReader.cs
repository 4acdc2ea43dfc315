using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Unicode;
using HuangshigangDisclosure.Core.Publications.Imports;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Imports;

/// <summary>
/// Reads an uploaded .xlsx or .csv into a header row and data rows (design §4), within the limits
/// of <see cref="ImportOptions"/>. Whatever the file holds, the answer is its rows or one clear
/// Chinese message: never an exception a user would see as an error page.
/// </summary>
public sealed class TabularFileReader(IOptions<ImportOptions> options)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    // Legacy .xls workbooks and password-protected .xlsx files are OLE compound documents.
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>GB18030 (a superset of GBK and GB2312): what Chinese Excel uses for "CSV (逗号分隔)".</summary>
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new InvalidOperationException("The GB18030 code page is not available.");

    private readonly ImportOptions _options = options.Value;

    public Task<TabularReadResult> ReadAsync(IFormFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > _options.MaxFileBytes)
        {
            return Task.FromResult(TabularReadResult.Failure(TooLarge()));
        }

        return ReadUploadAsync(file, cancellationToken);
    }

    public Task<TabularReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default) =>
        ReadAsync(content, fileName, fillMergedCells: false, cancellationToken);

    /// <param name="fillMergedCells">
    /// Give every cell of a merged range the range's value, as the sheet shows it: hand-kept
    /// directories merge 一级事项 over its rows and head columns with two merged rows.
    /// </param>
    public async Task<TabularReadResult> ReadAsync(Stream content, string fileName, bool fillMergedCells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv" or ".xls"))
        {
            var shown = extension.Length == 0 ? "没有扩展名的" : $"“{extension}”";
            return TabularReadResult.Failure($"不支持{shown}文件，请上传 Excel 工作簿（.xlsx）或 CSV 文件（.csv）。");
        }

        var bytes = await ReadCappedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return TabularReadResult.Failure(TooLarge());
        }

        if (bytes.Length == 0)
        {
            return TabularReadResult.Failure("文件是空的。");
        }

        // The content decides, not the name: an .xlsx renamed to .csv is still a workbook.
        if (bytes.AsSpan().StartsWith(ZipSignature))
        {
            return ReadWorkbook(bytes, fillMergedCells);
        }

        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            return TabularReadResult.Failure("这是旧版 Excel（.xls）文件或设有密码的工作簿，无法读取。请在 Excel 中“另存为”不设密码的 .xlsx 或 .csv 文件后再导入。");
        }

        return extension == ".csv"
            ? ReadCsv(bytes)
            : TabularReadResult.Failure("文件已损坏或不是有效的 Excel 工作簿（.xlsx），请在 Excel 中重新保存后再导入。");
    }

    private async Task<TabularReadResult> ReadUploadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return await ReadAsync(content, file.FileName, cancellationToken);
    }

    /// <summary>The whole upload, or null past the size limit (found without reading further than the limit).</summary>
    private async Task<byte[]?> ReadCappedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private TabularReadResult ReadWorkbook(byte[] bytes, bool fillMergedCells)
    {
        const string Corrupt = "文件已损坏或不是有效的 Excel 工作簿（.xlsx），请在 Excel 中重新保存后再导入。";
        try
        {
            // The sizes come from the zip's directory, so this costs no decompression; .NET then
            // stops every entry at its declared size, so a lying directory cannot get past it.
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > _options.MaxUncompressedBytes)
                {
                    return TabularReadResult.Failure(string.Create(CultureInfo.InvariantCulture, $"文件解压后超过 {Megabytes(_options.MaxUncompressedBytes)} MB，可能已损坏或被恶意构造，已拒绝导入。"));
                }
            }

            return Collect(XlsxSheet.Rows(zip, fillMergedCells));
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A damaged workbook fails somewhere inside System.IO.Compression or System.Xml, with
            // exceptions of many types; to the user they all mean the same thing.
            return TabularReadResult.Failure(Corrupt);
        }
    }

    private TabularReadResult ReadCsv(byte[] bytes)
    {
        var text = Decode(bytes);
        try
        {
            return Collect(CsvParser.Records(text).Select((fields, i) => (i + 1, (IReadOnlyList<ImportCell>)[.. fields.Select(f => new ImportCell(f))])));
        }
        catch (FormatException e)
        {
            return TabularReadResult.Failure(e.Message);
        }
    }

    /// <summary>
    /// UTF-8 with a BOM (Excel's "CSV UTF-8"), UTF-16 with a BOM, UTF-8 without one when every byte
    /// is valid UTF-8, and otherwise GB18030 — Chinese Excel's plain "CSV", which is GBK.
    /// </summary>
    internal static string Decode(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            // The file says it is UTF-8: a damaged byte shows as � rather than switching encodings.
            return Encoding.UTF8.GetString(span[3..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        return Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : Gb18030.GetString(span);
    }

    /// <summary>Takes the first non-blank row as the header and keeps the non-blank rows after it (with their numbers), up to the limit.</summary>
    private TabularReadResult Collect(IEnumerable<(int Number, IReadOnlyList<ImportCell> Cells)> rows)
    {
        IReadOnlyList<string>? headers = null;
        var data = new List<TabularRow>();
        foreach (var (number, cells) in rows)
        {
            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (headers is null)
            {
                headers = [.. cells.Select(c => c.Text)];
                continue;
            }

            if (data.Count == _options.MaxDataRows)
            {
                return TabularReadResult.Failure(string.Create(CultureInfo.InvariantCulture, $"一个文件最多 {_options.MaxDataRows:N0} 行数据（不含表头），请拆分后分批导入。"));
            }

            data.Add(new TabularRow(number, cells));
        }

        return headers is null
            ? TabularReadResult.Failure("文件中没有内容：第一行应为表头，其后每行一条记录。")
            : TabularReadResult.Success(new TabularFile(headers, data));
    }

    /// <summary>What to tell a user whose file is over the size limit.</summary>
    public string TooLargeMessage => TooLarge();

    private string TooLarge() =>
        string.Create(CultureInfo.InvariantCulture, $"文件超过 {Megabytes(_options.MaxFileBytes)} MB，请拆分后分批导入。");

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
