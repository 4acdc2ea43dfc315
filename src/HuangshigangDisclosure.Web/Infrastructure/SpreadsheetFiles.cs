using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// What every exported table shares (the dashboard's scores, the publication list): .xlsx, or .csv in UTF-8 with a
/// byte order mark so Excel reads the Chinese. Text that a spreadsheet would run as a formula (starting with
/// = + - @, tab or CR) is written with a leading apostrophe (CSV injection, OWASP).
/// </summary>
public static class SpreadsheetFiles
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>RFC 4180 quoting and the formula escape are the library's; the BOM makes Excel read UTF-8.</summary>
    public static CsvWriterOptions CsvOptions { get; } = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    /// <summary>A workbook of one sheet; the rows are enumerated once, as they are written.</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, IEnumerable<object?[]> rows, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        // MiniExcel takes the header from the keys: one ordered dictionary per row.
        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = row[i] is string text ? Neutralise(text) : row[i];
            }

            return (IDictionary<string, object?>)record;
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: sheetName);
        return stream.ToArray();
    }

    /// <summary>A small table as CSV in memory (a large one is streamed: see the publication list's export).</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            writer.WriteRecord([.. header]);
            foreach (var row in rows)
            {
                writer.WriteRecord([.. row.Select(Text)]);
            }

            writer.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>A text cell a spreadsheet would read as a formula gets a leading apostrophe: it then shows as text.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
