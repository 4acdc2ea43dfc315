namespace HuangshigangDisclosure.Core.Calendar;

/// <summary>
/// One year of the State Council's holiday notice (国务院办公厅关于…部分节假日安排的通知): the public
/// holidays and the weekend days that are working days (调休上班).
/// </summary>
public sealed record HolidayYear(int Year, IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> MakeUpWorkdays)
{
    /// <summary>Dates outside the year are refused: a notice speaks of its own year only.</summary>
    public static HolidayYear Create(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> makeUpWorkdays)
    {
        var holidaySet = holidays.ToHashSet();
        var workdaySet = makeUpWorkdays.ToHashSet();
        if (holidaySet.Concat(workdaySet).FirstOrDefault(d => d.Year != year) is { Year: not 1 } stray)
        {
            throw new ArgumentException($"{stray:yyyy-MM-dd} is not in {year}.");
        }

        if (holidaySet.Intersect(workdaySet).FirstOrDefault() is { Year: not 1 } both)
        {
            throw new ArgumentException($"{both:yyyy-MM-dd} cannot be a holiday and a make-up working day.");
        }

        return new HolidayYear(year, holidaySet, workdaySet);
    }
}
