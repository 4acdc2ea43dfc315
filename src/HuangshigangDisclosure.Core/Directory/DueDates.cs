namespace HuangshigangDisclosure.Core.Directory;

/// <summary>What kind of deadline a directory entry has next.</summary>
public enum NextDueKind
{
    /// <summary>A fixed date: the end of a month, quarter or year.</summary>
    OnDate,

    /// <summary>N (working or calendar) days after the information is formed or changed: no date known in advance.</summary>
    AfterFormation,

    /// <summary>长期/实时公开: kept current, never "due".</summary>
    Continuous,
}

/// <summary>When a directory entry is next due for a unit.</summary>
public sealed record NextDue(NextDueKind Kind, DateOnly? On = null, int? Days = null, bool WorkingDays = true)
{
    public static NextDue Continuous { get; } = new(NextDueKind.Continuous);

    public static NextDue OnDate(DateOnly on) => new(NextDueKind.OnDate, On: on);

    public static NextDue AfterFormation(int? days, bool workingDays) => new(NextDueKind.AfterFormation, Days: days, WorkingDays: workingDays);
}

/// <summary>
/// The next deadline of a periodic directory entry. A monthly, quarterly or yearly entry is due by
/// the last day of the current period; once the unit has linked a publication in the current
/// period, the next one is due by the last day of the following period.
/// </summary>
public static class DueDates
{
    /// <param name="lastLinkedOn">The published-on date of the unit's latest published item linked to the entry, if any.</param>
    /// <param name="today">The China-local date today.</param>
    public static NextDue Next(DisclosureCycle cycle, int? cycleDays, bool cycleWorkingDays, DateOnly? lastLinkedOn, DateOnly today) => cycle switch
    {
        DisclosureCycle.Monthly => Periodic(lastLinkedOn, today, MonthStart, months: 1),
        DisclosureCycle.Quarterly => Periodic(lastLinkedOn, today, QuarterStart, months: 3),
        DisclosureCycle.Annually => Periodic(lastLinkedOn, today, YearStart, months: 12),
        DisclosureCycle.WithinDays => NextDue.AfterFormation(cycleDays, cycleWorkingDays),
        _ => NextDue.Continuous,
    };

    public static NextDue Next(DirectoryEntry entry, DateOnly? lastLinkedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Next(entry.Cycle, entry.CycleDays, entry.CycleWorkingDays, lastLinkedOn, today);
    }

    private static NextDue Periodic(DateOnly? lastLinkedOn, DateOnly today, Func<DateOnly, DateOnly> periodStart, int months)
    {
        var start = periodStart(today);
        var covered = lastLinkedOn is { } last && last >= start;
        var dueStart = covered ? start.AddMonths(months) : start;
        return NextDue.OnDate(dueStart.AddMonths(months).AddDays(-1));
    }

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    private static DateOnly QuarterStart(DateOnly day) => new(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);

    private static DateOnly YearStart(DateOnly day) => new(day.Year, 1, 1);
}
