using System.Runtime.CompilerServices;
using HuangshigangDisclosure.Core.Calendar;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>The dates the data layer reads for a quarter's scores.</summary>
/// <param name="CountsFrom">Daily counts from here: the quiet days before a burst on the quarter's first day lie in the previous quarter.</param>
/// <param name="CountsTo">Daily counts to here: a burst starting on the quarter's last day counts the next days too.</param>
/// <param name="RemindersFrom">Reminders sent from here can precede a burst of the quarter.</param>
/// <param name="RemindersTo">Reminders sent up to here.</param>
public sealed record ScoringWindow(DateOnly CountsFrom, DateOnly CountsTo, DateOnly RemindersFrom, DateOnly RemindersTo);

/// <summary>
/// The rules of design §3 in one place: per unit and quarter, the counts, quotas, silence, bursts,
/// interpretation, directory coverage, new media and people, and the weighted score that ranks units.
/// Pure: the data layer supplies <see cref="ScoringInputs"/> from grouped queries.
/// </summary>
public static class QuarterScorer
{
    public static ScoringWindow InputWindow(Quarter quarter, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var countsFrom = quarter.Start.AddDays(-options.QuietDaysBeforeBurst);
        return new(countsFrom, quarter.End.AddDays(options.BurstWindowDays - 1), quarter.Start.AddDays(-options.ReminderWindowDays), quarter.End);
    }

    /// <param name="today">The China-local date: a quarter still running is judged up to today.</param>
    /// <remarks>
    /// The scorer runs once per quarter and data version, too seldom for tiered compilation to optimise it before it
    /// matters: its loops are compiled optimised at once (AggressiveOptimization), a third of its first run's time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static QuarterScores Score(Quarter quarter, DateOnly today, ScoringInputs inputs, ScoringOptions options, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        options.ThrowIfInvalid();

        var duplicate = inputs.Units.GroupBy(u => u.UnitId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Unit {duplicate.Key} is listed twice.", nameof(inputs));
        }

        var counts = DayCounts.PerUnit(inputs.DailyCounts, InputWindow(quarter, options));

        var reminders = inputs.Reminders.ToLookup(r => r.UnitId, r => r.SentOn);
        var policies = inputs.Policies.ToLookup(p => p.UnitId);
        var supplied = inputs.Interpretations.ToLookup(i => i.UnitId);
        var directory = inputs.Directory.ToLookup(d => d.UnitId);
        var newMedia = inputs.NewMedia.ToLookup(n => n.UnitId);
        var people = inputs.People.ToLookup(p => p.UnitId);
        var context = new Context(quarter, today, options, calendar);

        // Units are scored independently of each other: on every core, in the office's order.
        var units = inputs.Units
            .Where(u => u.ActiveDays(quarter) is not null)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(u =>
            {
                var days = counts.GetValueOrDefault(u.UnitId) ?? DayCounts.None;
                var unit = Figures(context, u, days, reminders[u.UnitId], policies[u.UnitId], supplied[u.UnitId], directory[u.UnitId], newMedia[u.UnitId], people[u.UnitId]);
                var (score, lines) = ScoreCard.For(unit, quarter, today, options);
                return unit with { Score = score, Explanation = lines };
            })
            .ToList();

        return new(quarter, today, Ranked(units));
    }

    private sealed record Context(Quarter Quarter, DateOnly Today, ScoringOptions Options, WorkingDayCalendar Calendar);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static UnitScore Figures(
        Context context,
        UnitFacts unit,
        DayCounts days,
        IEnumerable<DateOnly> reminders,
        IEnumerable<PolicyFact> policies,
        IEnumerable<InterpretationFact> supplied,
        IEnumerable<DirectoryFact> directory,
        IEnumerable<NewMediaFact> newMedia,
        IEnumerable<PeopleFact> people)
    {
        var (quarter, today, options, _) = context;
        var quota = options.QuotaFor(unit);
        var activeMonths = unit.ActiveMonths(quarter);
        int[] months = [0, 0, 0];
        var monthStarts = quarter.Months;
        for (var i = 0; i < 3; i++)
        {
            var month = monthStarts[i];
            months[i] = days.Sum(month, month.AddMonths(1).DayNumber - month.DayNumber);
        }

        var monthlyMinimum = quota.MonthlyMinimum is > 0 ? quota.MonthlyMinimum : null;
        var monthOutcomes = quarter.Months.Select((month, i) =>
            monthlyMinimum is not { } minimum || !activeMonths.Contains(month) ? QuotaOutcome.None
            : Outcome(months[i], minimum, periodEnd: month.AddMonths(1).AddDays(-1), today)).ToList();

        // A unit active only part of the quarter owes the quarterly minimum for its whole active months
        // (12 × 2 ÷ 3 = 8, which equals 4 a month × 2 months with the default quota).
        var quarterMinimum = quota.QuarterlyMinimum is int q and > 0 ? (int)Math.Ceiling(q * activeMonths.Count / 3m) : 0;
        var total = months.Sum();

        var (silenceDays, silence) = LongestSilence(unit, days, quarter, today);
        return new UnitScore
        {
            UnitId = unit.UnitId,
            Name = unit.Name,
            Kind = unit.Kind,
            SortOrder = unit.SortOrder,
            ActiveMonths = activeMonths,
            Months = months,
            MonthlyMinimum = monthlyMinimum,
            MonthOutcomes = monthOutcomes,
            QuarterMinimum = quarterMinimum > 0 ? quarterMinimum : null,
            QuarterOutcome = quarterMinimum > 0 ? Outcome(total, quarterMinimum, quarter.End, today) : QuotaOutcome.None,
            LongestSilenceDays = silenceDays,
            LongestSilence = silence,
            Bursts = Bursts(days, [.. reminders.Order()], quarter, options),
            Interpretation = Interpretation(policies, supplied, context),
            Directory = directory.Aggregate(DirectoryFigures.Empty, (a, d) => new(a.Due + d.EntriesDue, a.Covered + d.EntriesCovered, a.LinkedItems + d.LinkedItems)),
            NewMedia = NewMediaOf(newMedia, today < quarter.End ? today : quarter.End, options),
            People = people.Aggregate(PeopleFigures.Empty, (a, p) => new(a.UntrainedPeople + p.UntrainedPeople, a.VacantRoles + p.VacantRoles, a.UnrecordedHandovers + p.UnrecordedHandovers)),
            Explanation = [],
        };
    }

    /// <summary>A period is failed only once it has ended: while it runs, a count below the minimum is still open.</summary>
    private static QuotaOutcome Outcome(int count, int minimum, DateOnly periodEnd, DateOnly today) =>
        count >= minimum ? QuotaOutcome.Met
        : today <= periodEnd ? QuotaOutcome.Open
        : QuotaOutcome.Missed;

    /// <summary>
    /// The longest run of consecutive days with nothing counted, over the days of the quarter the unit was
    /// active, up to today while the quarter runs (today included).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Days, (DateOnly From, DateOnly To)? Span) LongestSilence(UnitFacts unit, DayCounts days, Quarter quarter, DateOnly today)
    {
        if (unit.ActiveDays(quarter) is not { } active)
        {
            return (0, null);
        }

        var (from, to) = active;
        if (today < to)
        {
            to = today;
        }

        (int Days, (DateOnly, DateOnly)? Span) longest = (0, null);
        DateOnly? runStart = null;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (days.On(day) > 0)
            {
                runStart = null;
                continue;
            }

            runStart ??= day;
            var length = day.DayNumber - runStart.Value.DayNumber + 1;
            if (length > longest.Days)
            {
                longest = (length, (runStart.Value, day));
            }
        }

        return longest;
    }

    /// <summary>
    /// A burst starts on d when d has an item, d … d+2 hold at least 4, and the 21 days before d hold none
    /// (they may lie in the previous quarter). Requiring an item on d gives each burst one start: otherwise a
    /// quiet d followed by 4 items would make both d and d+1 starts. It belongs to the quarter that holds d,
    /// and follows a reminder when sent-on &lt; d ≤ sent-on + 7.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Burst> Bursts(DayCounts days, List<DateOnly> reminders, Quarter quarter, ScoringOptions options)
    {
        var bursts = new List<Burst>();
        for (var d = quarter.Start; d <= quarter.End; d = d.AddDays(1))
        {
            if (days.On(d) == 0)
            {
                continue;
            }

            var items = days.Sum(d, options.BurstWindowDays);
            if (items >= options.BurstMinimumItems && days.Sum(d.AddDays(-options.QuietDaysBeforeBurst), options.QuietDaysBeforeBurst) == 0)
            {
                var reminder = reminders.Where(sent => sent < d && d.DayNumber - sent.DayNumber <= options.ReminderWindowDays).Select(sent => (DateOnly?)sent).LastOrDefault();
                bursts.Add(new(d, items, reminder));
            }
        }

        return bursts;
    }

    /// <summary>
    /// On time = the first interpretation no later than N working days after the policy (国办发〔2016〕80号 三同步;
    /// the limit is local practice). A policy not interpreted yet whose limit has not passed is pending, not late.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static InterpretationFigures Interpretation(IEnumerable<PolicyFact> rows, IEnumerable<InterpretationFact> supplied, Context context)
    {
        var (quarter, today, options, calendar) = context;
        int flagged = 0, interpreted = 0, onTime = 0, diversified = 0, pending = 0;
        var forms = new SortedSet<InterpretationForm>();
        foreach (var policy in rows.Where(r => quarter.Contains(r.PolicyOn)).GroupBy(r => r.PolicyId))
        {
            flagged++;
            var policyOn = policy.First().PolicyOn;
            var policyForms = policy.Where(r => r.Form is not null).Select(r => r.Form!.Value).ToList();
            var first = policy.Where(r => r.Form is not null).Min(r => r.FirstInterpretedOn);
            if (policyForms.Count == 0)
            {
                if (today <= calendar.AddWorkingDays(policyOn, options.InterpretationWorkingDays))
                {
                    pending++;
                }

                continue;
            }

            interpreted++;
            forms.UnionWith(policyForms);
            if (first is { } on && calendar.WorkingDaysBetween(policyOn, on) <= options.InterpretationWorkingDays)
            {
                onTime++;
            }

            if (policyForms.Any(f => f != InterpretationForm.Text))
            {
                diversified++;
            }
        }

        var suppliedList = supplied.ToList();
        return new(
            flagged,
            pending,
            interpreted,
            onTime,
            diversified,
            [.. forms],
            suppliedList.Sum(s => s.Count),
            [.. suppliedList.Where(s => s.Count > 0).Select(s => s.Form).Distinct().Order()]);
    }

    /// <summary>
    /// Accounts keep no history, so new-media figures are today's status judged on the quarter's last day (or today
    /// while it runs), by the rule of the new-media pages
    /// (<see cref="NewMediaFlags"/>): dormant = operating and more than 14 days without update (updated 9-16 is
    /// not dormant on 9-30, 9-15 is; never updated is dormant); compliant (合规) = operating, filed, not dormant.
    /// </summary>
    private static NewMediaFigures NewMediaOf(IEnumerable<NewMediaFact> rows, DateOnly today, ScoringOptions options)
    {
        int accounts = 0, operating = 0, dormant = 0, unfiled = 0, compliant = 0, planned = 0, suspended = 0, cancelled = 0;
        foreach (var row in rows)
        {
            var n = row.Accounts;
            var isDormant = row.Status == NewMediaStatus.Operating
                && (row.LastUpdatedOn is not { } last || today.DayNumber - last.DayNumber > options.DormantDays);
            var isUnfiled = !row.OpeningFiled
                || (row.Status is NewMediaStatus.Suspended or NewMediaStatus.Cancelled && !row.ClosureFiled);
            accounts += n;
            operating += row.Status == NewMediaStatus.Operating ? n : 0;
            planned += row.Status == NewMediaStatus.ClosurePlanned ? n : 0;
            suspended += row.Status == NewMediaStatus.Suspended ? n : 0;
            cancelled += row.Status == NewMediaStatus.Cancelled ? n : 0;
            dormant += isDormant ? n : 0;
            unfiled += isUnfiled ? n : 0;
            compliant += row.Status == NewMediaStatus.Operating && !isDormant && !isUnfiled ? n : 0;
        }

        return new(accounts, operating, dormant, unfiled, compliant, planned, suspended, cancelled);
    }

    /// <summary>Competition ranking ("1, 2, 2, 4") on the one-decimal score: equal shown scores share a rank.</summary>
    private static List<UnitScore> Ranked(List<UnitScore> units)
    {
        // Rank = 1 + the units scoring higher: found by halving a sorted copy, not by a count over all units per unit.
        var ascending = units.Where(u => u.Score is not null).Select(u => u.Score!.Value).Order().ToArray();
        return [.. units.Select(u => u.Score is { } score ? u with { Rank = 1 + ascending.Length - UpperBound(ascending, score) } : u)];
    }

    /// <summary>The index of the first score above <paramref name="score"/> in an ascending array.</summary>
    private static int UpperBound(decimal[] ascending, decimal score)
    {
        var (low, high) = (0, ascending.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = ascending[middle] <= score ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// A unit's counted items per day of the input window, with running totals: the burst rule sums a 3-day and a
    /// 21-day span for every day of the quarter, which over 500 units made dictionary look-ups the scorer's cost.
    /// Days outside the window are never consulted by the rules (<see cref="InputWindow"/>) and are ignored.
    /// </summary>
    private sealed class DayCounts
    {
        public static readonly DayCounts None = new(default, 0);

        private readonly int _first;
        private readonly int[] _items;
        private int[]? _running;

        private DayCounts(DateOnly first, int length)
        {
            _first = first.DayNumber;
            _items = new int[length];
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static Dictionary<int, DayCounts> PerUnit(IReadOnlyList<DailyCount> rows, ScoringWindow window)
        {
            var length = window.CountsTo.DayNumber - window.CountsFrom.DayNumber + 1;
            var perUnit = new Dictionary<int, DayCounts>();
            foreach (var (unitId, day, count) in rows)
            {
                var index = day.DayNumber - window.CountsFrom.DayNumber;
                if (index < 0 || index >= length)
                {
                    continue;
                }

                if (!perUnit.TryGetValue(unitId, out var days))
                {
                    perUnit[unitId] = days = new DayCounts(window.CountsFrom, length);
                }

                days._items[index] += count;
            }

            return perUnit;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int On(DateOnly day)
        {
            var index = day.DayNumber - _first;
            return index >= 0 && index < _items.Length ? _items[index] : 0;
        }

        /// <summary>The items of <paramref name="length"/> days from <paramref name="from"/> on.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int Sum(DateOnly from, int length)
        {
            // _running[i] = the items of the window's first i days.
            if (_running is null)
            {
                _running = new int[_items.Length + 1];
                for (var i = 0; i < _items.Length; i++)
                {
                    _running[i + 1] = _running[i] + _items[i];
                }
            }

            var start = Math.Clamp(from.DayNumber - _first, 0, _items.Length);
            var end = Math.Clamp(from.DayNumber - _first + length, 0, _items.Length);
            return _running[end] - _running[start];
        }
    }
}
