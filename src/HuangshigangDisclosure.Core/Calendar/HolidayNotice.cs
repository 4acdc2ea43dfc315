using System.Globalization;

namespace HuangshigangDisclosure.Core.Calendar;

/// <summary>
/// A year of the holiday calendar as the office entered or corrected it from the State Council's notice;
/// it replaces the shipped year of the same number.
/// </summary>
public class HolidayNotice
{
    public const int HolidaysMaxLength = 2000;
    public const int MakeUpWorkdaysMaxLength = 1000;
    public const int SourceMaxLength = 200;

    public int Year { get; set; }

    /// <summary>Comma-separated yyyy-MM-dd dates.</summary>
    public string Holidays { get; set; } = "";

    /// <summary>Comma-separated yyyy-MM-dd dates: weekend days that are working days (调休上班).</summary>
    public string MakeUpWorkdays { get; set; } = "";

    /// <summary>The notice, e.g. 国办发明电〔2026〕7号.</summary>
    public string? Source { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public HolidayYear ToHolidayYear() => HolidayYear.Create(Year, ParseDates(Holidays), ParseDates(MakeUpWorkdays));

    /// <summary>What may stand between two dates: commas and semicolons (half- or full-width), 、, spaces, line breaks.</summary>
    private static readonly char[] Separators = [',', '，', '、', ' ', '\u3000', '\t', '\n', '\r', ';', '；'];

    public static IEnumerable<DateOnly> ParseDates(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// Dates as a person typed them: the yyyy-MM-dd dates read (repeats once), and every piece that is
    /// not one, so a form can name each mistake instead of failing on the first.
    /// </summary>
    public static (IReadOnlyList<DateOnly> Dates, IReadOnlyList<string> Unreadable) ReadDates(string? text)
    {
        var dates = new SortedSet<DateOnly>();
        var unreadable = new List<string>();
        foreach (var piece in (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateOnly.TryParseExact(piece, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                dates.Add(date);
            }
            else
            {
                unreadable.Add(piece);
            }
        }

        return (dates.ToList(), unreadable);
    }

    public static string FormatDates(IEnumerable<DateOnly> dates) =>
        string.Join(",", dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
