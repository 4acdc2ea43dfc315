using HuangshigangDisclosure.Core.Directory;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Training;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Data.Scoring;

/// <summary>
/// Reads what <see cref="QuarterScorer"/> needs for one quarter with a fixed number of grouped queries
/// (design §5: never one query per unit), so the cost of a quarter does not grow with the number of units,
/// only with the rows each GROUP BY reads. Every query is a no-tracking projection.
/// </summary>
public static class ScoringInputsQuery
{
    /// <param name="today">The China-local date: people and new-media figures are judged as of the quarter's end, or today while it runs.</param>
    public static Task<ScoringInputs> LoadAsync(AppDbContext db, Quarter quarter, DateOnly today, ScoringOptions options, CancellationToken cancellationToken = default) =>
        LoadAsync(db, db, quarter, today, options, cancellationToken);

    /// <summary>
    /// As <see cref="LoadAsync(AppDbContext, Quarter, DateOnly, ScoringOptions, CancellationToken)"/>; given two contexts
    /// (two connections), the one pass over the publications runs on <paramref name="countsDb"/> while the small
    /// reads run on <paramref name="db"/>, so a quarter costs about that pass alone.
    /// </summary>
    public static async Task<ScoringInputs> LoadAsync(AppDbContext countsDb, AppDbContext db, Quarter quarter, DateOnly today, ScoringOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(countsDb);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        var window = QuarterScorer.InputWindow(quarter, options);
        var counted = options.CountedChannelSet().ToList();

        // The one pass over all the window's counted rows, grouped as the bare aggregate is (unit, day); the directory
        // links are read from their own covering index among the small reads.
        Task<List<DailyCount>> CountsAsync() => Counted(countsDb, counted)
            .Where(p => p.PublishedOn >= window.CountsFrom && p.PublishedOn <= window.CountsTo)
            .GroupBy(p => new { p.UnitId, p.PublishedOn })
            .Select(g => new DailyCount(g.Key.UnitId, g.Key.PublishedOn, g.Count()))
            .ToListAsync(cancellationToken);

        List<DailyCount> counts;
        ScoringInputs small;
        if (ReferenceEquals(countsDb, db))
        {
            counts = await CountsAsync();
            small = await SmallReadsAsync(db, quarter, today, window, counted, cancellationToken);
        }
        else
        {
            // Task.Run: some providers (SQLite) complete "async" reads synchronously, which would serialise the two.
            var countsTask = Task.Run(CountsAsync, cancellationToken);
            var smallTask = SmallReadsAsync(db, quarter, today, window, counted, cancellationToken);
            await Task.WhenAll(countsTask, smallTask);
            (counts, small) = (countsTask.Result, smallTask.Result);
        }

        return small with { DailyCounts = counts };
    }

    /// <summary>Everything but the daily counts.</summary>
    private static async Task<ScoringInputs> SmallReadsAsync(
        AppDbContext db, Quarter quarter, DateOnly today, ScoringWindow window, List<PublicationChannel> counted, CancellationToken cancellationToken)
    {
        var (start, end) = (quarter.Start, quarter.End);
        var asOf = today < end ? today : end;

        // Deactivated units keep their past quarters: a unit is scored when active now or when it published in the quarter.
        var units = await db.Units.AsNoTracking()
            .Where(u => u.IsActive || db.Publications.Any(p => p.UnitId == u.Id && p.PublishedOn >= start && p.PublishedOn <= end))
            .Select(u => new UnitFacts(u.Id, u.Name, u.Kind, u.SortOrder, null, null))
            .ToListAsync(cancellationToken);

        var reminders = await db.ReminderRecipients.AsNoTracking()
            .Where(r => r.Reminder!.SentOn >= window.RemindersFrom && r.Reminder.SentOn <= window.RemindersTo)
            .GroupBy(r => new { r.UnitId, r.Reminder!.SentOn })
            .Select(g => new ReminderFact(g.Key.UnitId, g.Key.SentOn))
            .ToListAsync(cancellationToken);

        var policies = await PoliciesAsync(db, start, end, cancellationToken);

        var interpretations = await db.Interpretations.AsNoTracking()
            .Where(i => i.PublishedOn >= start && i.PublishedOn <= end)
            .GroupBy(i => new { i.UnitId, i.Form })
            .Select(g => new InterpretationFact(g.Key.UnitId, g.Key.Form, g.Count()))
            .ToListAsync(cancellationToken);

        var responsible = await db.DirectoryEntryUnits.AsNoTracking()
            .Where(l => l.DirectoryEntry!.IsActive)
            .Select(l => new ResponsibleEntry(l.UnitId, l.DirectoryEntryId, l.DirectoryEntry!.Cycle))
            .ToListAsync(cancellationToken);
        // Read from IX_Publications_Linked alone (its filter matches `DirectoryEntryId IS NOT NULL`).
        var linked = await Counted(db, counted)
            .Where(p => p.DirectoryEntryId != null && p.PublishedOn >= start && p.PublishedOn <= end)
            .GroupBy(p => new { p.UnitId, p.DirectoryEntryId })
            .Select(g => new LinkedItems(g.Key.UnitId, g.Key.DirectoryEntryId!.Value, g.Count()))
            .ToListAsync(cancellationToken);
        var newMedia = await NewMediaAsync(db, cancellationToken);
        var people = await PeopleAsync(db, quarter, asOf, units.Select(u => u.UnitId), cancellationToken);

        return new ScoringInputs
        {
            Units = units,
            Reminders = reminders,
            Policies = policies,
            Interpretations = interpretations,
            NewMedia = newMedia,
            Directory = DirectoryFacts(quarter, responsible, linked),
            People = people,
        };
    }

    /// <summary>Publications that count (design §3): published, on a counted channel. Duplicates are never stored.</summary>
    public static IQueryable<Publication> Counted(AppDbContext db, IReadOnlyCollection<PublicationChannel> counted)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Publications.AsNoTracking().Where(p => p.Status == PublicationStatus.Published && counted.Contains(p.Channel));
    }

    /// <summary>
    /// One command: the quarter's policies that need an interpretation, each joined to its interpretations and
    /// grouped per form with the first date (a policy without any gives one row with no form).
    /// </summary>
    private static async Task<List<PolicyFact>> PoliciesAsync(AppDbContext db, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        // A parameter, not the constant: EF writes `== true` as the bare column, which SQLite cannot match to the
        // (NeedsInterpretation, PublishedOn) index, and would then read every row of the quarter.
        var needsInterpretation = true;
        var rows = await (
                from p in db.Publications.AsNoTracking()
                where p.NeedsInterpretation == needsInterpretation && p.Status == PublicationStatus.Published && p.PublishedOn >= start && p.PublishedOn <= end
                join i in db.Interpretations.AsNoTracking() on p.Id equals i.PolicyId into interpretations
                from i in interpretations.DefaultIfEmpty()
                group i by new { p.Id, p.UnitId, p.PublishedOn, Form = (InterpretationForm?)i!.Form } into g
                select new { g.Key.Id, g.Key.UnitId, g.Key.PublishedOn, g.Key.Form, First = g.Min(i => (DateOnly?)i!.PublishedOn) })
            .ToListAsync(cancellationToken);

        return [.. rows.Select(r => r.Form is { } form
            ? new PolicyFact(r.UnitId, r.Id, r.PublishedOn, form, r.First)
            : new PolicyFact(r.UnitId, r.Id, r.PublishedOn))];
    }

    /// <summary>
    /// Each unit's responsible entries against the quarter's counted items per linked entry (one command each). An entry is due every quarter, except a yearly one: due in the fourth quarter (its
    /// period ends on 31 December), or earlier when the unit already published it this quarter.
    /// </summary>
    private static List<DirectoryFact> DirectoryFacts(Quarter quarter, List<ResponsibleEntry> responsible, List<LinkedItems> linked)
    {
        var linkedItems = linked.ToDictionary(l => (l.UnitId, l.EntryId), l => l.Items);
        var isYearEnd = quarter.Number == 4;
        var perUnit = new SortedDictionary<int, (int Due, int Covered, int Items)>();
        foreach (var entry in responsible)
        {
            var covered = linkedItems.ContainsKey((entry.UnitId, entry.DirectoryEntryId));
            if (entry.Cycle != DisclosureCycle.Annually || isYearEnd || covered)
            {
                var (due, coveredSoFar, items) = perUnit.GetValueOrDefault(entry.UnitId);
                perUnit[entry.UnitId] = (due + 1, coveredSoFar + (covered ? 1 : 0), items);
            }
        }

        foreach (var ((unitId, _), items) in linkedItems)
        {
            var (due, covered, itemsSoFar) = perUnit.GetValueOrDefault(unitId);
            perUnit[unitId] = (due, covered, itemsSoFar + items);
        }

        return [.. perUnit.Select(u => new DirectoryFact(u.Key, u.Value.Due, u.Value.Covered, u.Value.Items))];
    }

    /// <summary>
    /// One command: per account its status, last update and filings, judged by the same rule as the new-media pages
    /// (<see cref="NewMediaFlags"/>): never updated counts from the first opening filing, and an opening superseded
    /// by a later cancellation is no filing for an account still operating.
    /// </summary>
    private static async Task<List<NewMediaFact>> NewMediaAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var accounts = await db.NewMediaAccounts.AsNoTracking()
            .Select(a => new
            {
                a.UnitId,
                a.Status,
                a.LastUpdatedOn,
                FirstOpenedOn = a.Filings.Where(f => f.Kind == FilingKind.Opening).Min(f => (DateOnly?)f.FiledOn),
                LastOpenedOn = a.Filings.Where(f => f.Kind == FilingKind.Opening).Max(f => (DateOnly?)f.FiledOn),
                LastCancelledOn = a.Filings.Where(f => f.Kind == FilingKind.Cancellation).Max(f => (DateOnly?)f.FiledOn),
                ClosureFiled = a.Filings.Any(f => f.Kind == FilingKind.Suspension || f.Kind == FilingKind.Cancellation),
            })
            .ToListAsync(cancellationToken);

        return [.. accounts
            .Select(a =>
            {
                var supersededByCancellation = a.Status == NewMediaStatus.Operating && a.LastCancelledOn is { } cancelled && !(a.LastOpenedOn >= cancelled);
                return new NewMediaFact(a.UnitId, a.Status, a.LastUpdatedOn ?? a.FirstOpenedOn, a.FirstOpenedOn is not null && !supersededByCancellation, a.ClosureFiled);
            })
            .GroupBy(f => f)
            .Select(g => g.Key with { Accounts = g.Count() })];
    }

    /// <summary>
    /// Three commands (people, handovers, attendances) feeding <see cref="PeopleGaps"/>: untrained current people, roles
    /// nobody holds, and terms that ended in the quarter without a recorded handover.
    /// </summary>
    private static async Task<List<PeopleFact>> PeopleAsync(AppDbContext db, Quarter quarter, DateOnly asOf, IEnumerable<int> unitIds, CancellationToken cancellationToken)
    {
        var facts = await PeopleGapQuery.LoadAsync(db, unitId: null, cancellationToken);
        var gaps = facts.GapsOn(asOf).ToLookup(g => g.UnitId);
        var handedOver = facts.Handovers.Select(h => h.FromId).ToHashSet();
        var byUnit = facts.People.ToLookup(p => p.UnitId);

        return [.. unitIds
            .Select(unitId =>
            {
                var people = byUnit[unitId].Where(p => PeopleGaps.CheckedRoles.Contains(p.Role)).ToList();
                var vacant = PeopleGaps.CheckedRoles.Count(role => !people.Any(p => p.Role == role && p.IsCurrentOn(asOf)));
                var unrecorded = people.Count(p => p.EffectiveTo is { } to && to >= quarter.Start && to <= asOf && !handedOver.Contains(p.Id));
                return new PeopleFact(unitId, gaps[unitId].Count(), vacant, unrecorded);
            })
            .Where(f => f.UntrainedPeople + f.VacantRoles + f.UnrecordedHandovers > 0)];
    }

    private sealed record ResponsibleEntry(int UnitId, int DirectoryEntryId, DisclosureCycle Cycle);

    /// <summary>A unit's counted items of the quarter linked to one directory entry.</summary>
    private sealed record LinkedItems(int UnitId, int EntryId, int Items);
}
