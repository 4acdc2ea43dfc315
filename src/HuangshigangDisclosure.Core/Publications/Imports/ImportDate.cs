using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HuangshigangDisclosure.Core.Time;

namespace HuangshigangDisclosure.Core.Publications.Imports;

/// <summary>
/// Reads a date the way offices write one: 2022-07-05, 2022/7/5, 2022年7月5日, 20220705, an Excel
/// date cell or serial number, or a timestamp. A timestamp with an offset (2022-09-30T16:30:00Z) is
/// a moment and becomes its date in China (2022-10-01); one without an offset is already China time.
/// </summary>
public static partial class ImportDate
{
    // Excel counts days from 1899-12-30 for every date after its fictitious 1900-02-29.
    private static readonly DateOnly ExcelDayZero = new(1899, 12, 30);

    // Excel's last date, 9999-12-31; larger numbers are not dates.
    private const double LastExcelSerial = 2958465;

    /// <summary>What to tell a user whose date could not be read.</summary>
    public const string AcceptedForms = "2022-07-05、2022/7/5 或 2022年7月5日";

    public static bool TryParse(ImportCell cell, out DateOnly date)
    {
        if (cell.Date is { } typed)
        {
            date = typed.Kind == DateTimeKind.Utc ? ChinaTime.DateOf(new DateTimeOffset(typed)) : DateOnly.FromDateTime(typed);
            return true;
        }

        if (cell.Number is { } serial)
        {
            return TryFromSerial(serial, out date);
        }

        // Full-width digits and punctuation (２０２２／７／５, １０：３０) are common from Chinese input methods.
        var text = (cell.Text ?? "").Normalize(NormalizationForm.FormKC).Trim();
        // The common case, read without the patterns below (which read it the same way).
        if (IsPlainDate(text))
        {
            return TryCreate(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2), out date);
        }

        if (EightDigits().IsMatch(text))
        {
            return TryCreate(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[4..6], CultureInfo.InvariantCulture), int.Parse(text[6..], CultureInfo.InvariantCulture), out date);
        }

        if (Number().IsMatch(text))
        {
            return TryFromSerial(double.Parse(text, CultureInfo.InvariantCulture), out date);
        }

        return TryFromText(text, out date);
    }

    /// <summary>2022-07-05, 2022/07/05 or 2022.07.05: four, two and two digits.</summary>
    private static bool IsPlainDate(string text) =>
        text.Length == 10 && text[4] is '-' or '/' or '.' && text[7] is '-' or '/' or '.'
        && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
        && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[6]) && char.IsAsciiDigit(text[8]) && char.IsAsciiDigit(text[9]);

    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    private static bool TryFromSerial(double serial, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(serial) || serial < 1 || serial > LastExcelSerial)
        {
            return false;
        }

        // The fraction is the time of day, which a publication date does not keep.
        date = ExcelDayZero.AddDays((int)Math.Floor(serial));
        return true;
    }

    private static bool TryFromText(string text, out DateOnly date)
    {
        date = default;
        var match = DateAndTime().Match(text);
        if (!match.Success || !TryCreate(Int(match, "y"), Int(match, "m"), Int(match, "d"), out date))
        {
            return false;
        }

        if (!match.Groups["h"].Success)
        {
            return true;
        }

        var (hour, minute, second) = (Int(match, "h"), Int(match, "min"), match.Groups["s"].Success ? Int(match, "s") : 0);
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        if (!match.Groups["z"].Success)
        {
            return true;
        }

        if (!TryParseOffset(match.Groups["z"].Value, out var offset))
        {
            return false;
        }

        date = ChinaTime.DateOf(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, minute, second)), offset));
        return true;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text is "Z" or "z")
        {
            return true;
        }

        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(19|20)[0-9]{6}$")]
    private static partial Regex EightDigits();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<y>[0-9]{4})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?(?:(?:T|\s*)(?<h>[0-9]{1,2}):(?<min>[0-9]{2})(?::(?<s>[0-9]{2})(?:[.,][0-9]+)?)?\s*(?<z>Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAndTime();
}
