using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>
/// A calendar quarter of China-local dates (design §3: periods are quarters and months of the China
/// local date). Written "2022Q3"; "2022q3", "2022-Q3" and "2022 Q3" are read too.
/// <c>default(Quarter)</c> is not a valid quarter: create one with the constructor, <see cref="Parse(string)"/> or <see cref="Of"/>.
/// </summary>
[JsonConverter(typeof(QuarterJsonConverter))]
public readonly partial record struct Quarter : IComparable<Quarter>
{
    private static readonly string[] ChineseNumbers = ["一", "二", "三", "四"];

    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    public int Year { get; }

    /// <summary>1 to 4.</summary>
    public int Number { get; }

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>The last day of the quarter (inclusive).</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>How many calendar days the quarter has (90 to 92).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The first day of each of its three months.</summary>
    public IReadOnlyList<DateOnly> Months => [Start, Start.AddMonths(1), Start.AddMonths(2)];

    public Quarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    /// <summary>2022年第三季度.</summary>
    public string ChineseLabel => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{ChineseNumbers[Number - 1]}季度");

    /// <summary>7月, 8月, 9月: how tables head the quarter's months.</summary>
    public IReadOnlyList<string> MonthLabels => [.. Months.Select(MonthLabel)];

    public static string MonthLabel(DateOnly month) => string.Create(CultureInfo.InvariantCulture, $"{month.Month}月");

    public static Quarter Of(DateOnly day) => new(day.Year, ((day.Month - 1) / 3) + 1);

    public bool Contains(DateOnly day) => Start <= day && day <= End;

    /// <summary>Which of the quarter's months holds <paramref name="day"/>: 0, 1 or 2; -1 outside the quarter.</summary>
    public int MonthIndexOf(DateOnly day) => Contains(day) ? (day.Month - 1) % 3 : -1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");

    public static Quarter Parse(string s) =>
        TryParse(s, out var quarter) ? quarter : throw new FormatException($"\"{s}\" is not a quarter such as 2022Q3.");

    /// <summary>Reads "2022Q3"; the static TryParse also lets ASP.NET Core bind a Quarter from a route or query value.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Quarter result)
    {
        var match = s is null ? null : Pattern().Match(s.Trim());
        if (match is not { Success: true } || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            result = default;
            return false;
        }

        result = new Quarter(year, match.Groups[2].Value[0] - '0');
        return true;
    }

    public int CompareTo(Quarter other) => (Year, Number).CompareTo((other.Year, other.Number));

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^([0-9]{4})\s*-?\s*[Qq]\s*([1-4])$")]
    private static partial Regex Pattern();
}
