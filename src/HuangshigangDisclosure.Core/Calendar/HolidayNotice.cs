using System.Globalization;

namespace HuangshigangDisclosure.Core.Calendar;

/// <summary>
/// A year of the holiday calendar as the office entered or corrected it from the State Council's notice;
/// it replaces the shipped year of the same number.
/// </summary>
public class HolidayNotice
{
    public int Year { get; set; }

    /// <summary>Comma-separated yyyy-MM-dd dates.</summary>
    public string Holidays { get; set; } = "";

    /// <summary>Comma-separated yyyy-MM-dd dates: weekend days that are working days (调休上班).</summary>
    public string MakeUpWorkdays { get; set; } = "";

    /// <summary>The notice, e.g. 国办发明电〔2026〕7号.</summary>
    public string? Source { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public HolidayYear ToHolidayYear() => HolidayYear.Create(Year, ParseDates(Holidays), ParseDates(MakeUpWorkdays));

    public static IEnumerable<DateOnly> ParseDates(string text) =>
        text.Split([',', '，', ' ', '\n', '\r', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string FormatDates(IEnumerable<DateOnly> dates) =>
        string.Join(",", dates.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
}
