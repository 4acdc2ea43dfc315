using CsvHelper;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// The dashboard's units table as a file (design §4): .xlsx, or .csv in UTF-8 with a byte order mark so Excel
/// reads the Chinese. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
/// written with a leading apostrophe (CSV injection, OWASP).
/// </summary>
public static class ScoreExport
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The header and one row per unit; counts are numbers, the rest text as the dashboard shows it.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows) Table(Quarter quarter, IEnumerable<UnitScore> units, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(localizer);
        List<string> header =
        [
            localizer[nameof(Strings.Reports_Unit)], localizer[nameof(Strings.Unit_Kind)],
            .. quarter.MonthLabels,
            localizer[nameof(Strings.Reports_Total)], localizer[nameof(Strings.Reports_QuarterMinimum)], localizer[nameof(Strings.Reports_QuarterMet)],
            localizer[nameof(Strings.Reports_MonthsMet)], localizer[nameof(Strings.Reports_LongestSilence)], localizer[nameof(Strings.Reports_Burst)],
            localizer[nameof(Strings.Reports_Interpretation)], localizer[nameof(Strings.Reports_DirectoryCoverage)], localizer[nameof(Strings.Reports_NewMedia)],
            localizer[nameof(Strings.Reports_Score)], localizer[nameof(Strings.Reports_Rank)],
        ];
        var rows = units.Select(u => new object?[]
        {
            u.Name, RoleNames.Display(localizer, u.Kind), u.Months[0], u.Months[1], u.Months[2], u.Total, u.QuarterMinimum,
            ScoreDisplay.Outcome(localizer, u.QuarterOutcome), ScoreDisplay.Fraction(u.MonthsMet, u.MonthsJudged), u.LongestSilenceDays,
            ScoreDisplay.Burst(localizer, u), ScoreDisplay.Fraction(u.Interpretation.OnTime, u.Interpretation.Judged),
            ScoreDisplay.Percent(u.Directory.Coverage), ScoreDisplay.NewMedia(u.NewMedia), u.Score, u.Rank,
        }).ToList();
        return (header, rows);
    }

    public static byte[] Xlsx(IReadOnlyList<string> header, IReadOnlyList<object?[]> rows, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        // MiniExcel takes the header from the keys: one ordered dictionary per row.
        var sheet = rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                record[header[i]] = row[i] is string text ? Neutralise(text) : row[i];
            }

            return (IDictionary<string, object?>)record;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, sheetName: sheetName);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<string> header, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        // RFC 4180 quoting and the formula escape are the library's; the BOM makes Excel read UTF-8.
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
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
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
