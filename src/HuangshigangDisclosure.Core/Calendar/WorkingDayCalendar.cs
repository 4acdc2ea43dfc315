using System.Globalization;
using System.Text.Json;

namespace HuangshigangDisclosure.Core.Calendar;

/// <summary>
/// China's working days: a weekday is a working day unless it is a public holiday; a weekend day is a
/// working day only when the year's notice makes it a make-up day (调休). "Monday to Friday" is wrong.
/// Counting starts the day after (条例 Art. 26: within 20 working days of forming the information).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<int, HolidayYear> _years;

    /// <summary>
    /// Working days counted from <see cref="IndexStart"/>: entry i = the working days among the first i days. Scoring
    /// asks for the lag of every policy of a quarter, and a day-by-day walk over months of days was most of its cost.
    /// </summary>
    private readonly Lazy<int[]> _workingDaysBefore;

    private static readonly DateOnly IndexStart = new(2000, 1, 1);
    private static readonly DateOnly IndexEnd = new(2100, 12, 31);

    public WorkingDayCalendar(IEnumerable<HolidayYear> years)
    {
        _years = years.ToDictionary(y => y.Year);
        _workingDaysBefore = new(BuildIndex);
    }

    /// <summary>The years shipped with the product (2022–2026), before any year the office added or corrected.</summary>
    public static IReadOnlyList<HolidayYear> ShippedYears { get; } = LoadShippedYears();

    public static WorkingDayCalendar Shipped { get; } = new(ShippedYears);

    public IReadOnlyCollection<int> KnownYears => _years.Keys;

    /// <summary>Whether the holiday notice of <paramref name="year"/> is known; without it, only weekends are off.</summary>
    public bool Knows(int year) => _years.ContainsKey(year);

    /// <summary>A calendar with <paramref name="year"/> added or replacing the one it had.</summary>
    public WorkingDayCalendar With(HolidayYear year) =>
        new(_years.Values.Where(y => y.Year != year.Year).Append(year));

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            if (year.Holidays.Contains(day))
            {
                return false;
            }

            if (year.MakeUpWorkdays.Contains(day))
            {
                return true;
            }
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="from"/> (the day itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = from;
        for (var counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>: an
    /// interpretation published on the policy's own day has a lag of 0, the next working day 1.
    /// Negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        if (from >= IndexStart && to <= IndexEnd)
        {
            var index = _workingDaysBefore.Value;
            return index[to.DayNumber - IndexStart.DayNumber + 1] - index[from.DayNumber - IndexStart.DayNumber + 1];
        }

        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private int[] BuildIndex()
    {
        var days = IndexEnd.DayNumber - IndexStart.DayNumber + 1;
        var index = new int[days + 1];
        var day = IndexStart;
        for (var i = 0; i < days; i++, day = day.AddDays(1))
        {
            index[i + 1] = index[i] + (IsWorkingDay(day) ? 1 : 0);
        }

        return index;
    }

    /// <summary>How a working-day figure was counted: the days after <paramref name="from"/> up to <paramref name="to"/> that are not plain weekdays/weekends.</summary>
    public WorkingDayExplanation Explain(DateOnly from, DateOnly to)
    {
        var (start, end) = from <= to ? (from, to) : (to, from);
        var holidays = new List<DateOnly>();
        var makeUpDays = new List<DateOnly>();
        var weekendDays = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var holiday = _years.TryGetValue(day.Year, out var year) && year.Holidays.Contains(day);
            var makeUp = year is not null && year.MakeUpWorkdays.Contains(day);
            if (holiday && !weekend)
            {
                holidays.Add(day);
            }
            else if (makeUp)
            {
                makeUpDays.Add(day);
            }
            else if (weekend)
            {
                weekendDays++;
            }
        }

        var unknownYears = Enumerable.Range(start.Year, end.Year - start.Year + 1).Where(y => !Knows(y)).ToList();
        return new WorkingDayExplanation(from, to, WorkingDaysBetween(from, to), end.DayNumber - start.DayNumber, weekendDays, holidays, makeUpDays, unknownYears);
    }

    public static IEnumerable<HolidayYear> Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var year in document.RootElement.EnumerateObject())
        {
            yield return HolidayYear.Create(
                int.Parse(year.Name, CultureInfo.InvariantCulture),
                Dates(year.Value, "holidays"),
                Dates(year.Value, "workdays"));
        }
    }

    private static IEnumerable<DateOnly> Dates(JsonElement year, string property) =>
        year.TryGetProperty(property, out var list)
            ? list.EnumerateArray().Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList()
            : [];

    private static List<HolidayYear> LoadShippedYears()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("HuangshigangDisclosure.Core.Calendar.cn-holidays.json")
            ?? throw new InvalidOperationException("The holiday calendar is missing from the assembly.");
        return Parse(stream).ToList();
    }
}

/// <summary>
/// The working days counted between two dates and why: the calendar days, how many were weekend days,
/// which weekdays were public holidays and which weekend days were make-up working days.
/// </summary>
public sealed record WorkingDayExplanation(
    DateOnly From,
    DateOnly To,
    int WorkingDays,
    int CalendarDays,
    int WeekendDays,
    IReadOnlyList<DateOnly> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkdays,
    IReadOnlyList<int> UnknownYears);
