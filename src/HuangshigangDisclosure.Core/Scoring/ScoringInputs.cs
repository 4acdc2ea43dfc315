using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.NewMedia;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>
/// Everything the scorer reads for one quarter. The data layer fills each list with ONE query grouped
/// across all units (design §5: no per-unit queries); <see cref="QuarterScorer.InputWindow"/> says which
/// dates to read. A unit missing from a list simply has nothing of that kind.
/// </summary>
public sealed record ScoringInputs
{
    /// <summary>The units to score: those active on at least one day of the quarter.</summary>
    public IReadOnlyList<UnitFacts> Units { get; init; } = [];

    /// <summary>Counted items per unit and day (several rows of one unit and day add up), from <see cref="ScoringWindow.CountsFrom"/> to <see cref="ScoringWindow.CountsTo"/>.</summary>
    public IReadOnlyList<DailyCount> DailyCounts { get; init; } = [];

    /// <summary>Reminders per recipient unit, sent from <see cref="ScoringWindow.RemindersFrom"/> to <see cref="ScoringWindow.RemindersTo"/>.</summary>
    public IReadOnlyList<ReminderFact> Reminders { get; init; } = [];

    /// <summary>The quarter's policies flagged "needs interpretation", one row per policy and form of its interpretations.</summary>
    public IReadOnlyList<PolicyFact> Policies { get; init; } = [];

    /// <summary>Interpretations published in the quarter, per supplying unit and form.</summary>
    public IReadOnlyList<InterpretationFact> Interpretations { get; init; } = [];

    public IReadOnlyList<DirectoryFact> Directory { get; init; } = [];

    public IReadOnlyList<NewMediaFact> NewMedia { get; init; } = [];

    public IReadOnlyList<PeopleFact> People { get; init; } = [];
}

/// <summary>
/// A unit as the scorer sees it. <paramref name="ActiveFrom"/>/<paramref name="ActiveTo"/> bound the days it
/// existed (null: since before / until after the quarter); the quota is judged only for months it was
/// active on every day of (<see cref="ActiveMonths"/>).
/// </summary>
/// <param name="SortOrder">The office's customary order, used for lists and to break ties.</param>
public sealed record UnitFacts(int UnitId, string Name, UnitKind Kind, int SortOrder = 0, DateOnly? ActiveFrom = null, DateOnly? ActiveTo = null)
{
    /// <summary>Streets and the management zone are scored alike (design §2).</summary>
    public bool IsStreetLike => Kind is UnitKind.Street or UnitKind.ManagementZone;

    /// <summary>The first and last day of the quarter the unit was active; null when it was active on none.</summary>
    public (DateOnly From, DateOnly To)? ActiveDays(Quarter quarter)
    {
        var from = ActiveFrom is { } f && f > quarter.Start ? f : quarter.Start;
        var to = ActiveTo is { } t && t < quarter.End ? t : quarter.End;
        return from <= to ? (from, to) : null;
    }

    /// <summary>The quarter's months (first days) the unit was active from the first to the last day.</summary>
    public IReadOnlyList<DateOnly> ActiveMonths(Quarter quarter) =>
        [.. quarter.Months.Where(m => (ActiveFrom is null || ActiveFrom <= m) && (ActiveTo is null || ActiveTo >= m.AddMonths(1).AddDays(-1)))];
}

/// <summary>How many counted items a unit published on a day (GROUP BY unit, published-on).</summary>
public sealed record DailyCount(int UnitId, DateOnly Day, int Items);

/// <summary>A reminder (提醒/督办) sent to a unit on a day.</summary>
public sealed record ReminderFact(int UnitId, DateOnly SentOn);

/// <summary>
/// A policy flagged "needs interpretation" published in the quarter by <paramref name="UnitId"/>, and one form
/// of its interpretations (published at any date) with the earliest date in that form: GROUP BY policy, form
/// over a left join. A policy without interpretation has one row with <paramref name="Form"/> null.
/// </summary>
public sealed record PolicyFact(int UnitId, long PolicyId, DateOnly PolicyOn, InterpretationForm? Form = null, DateOnly? FirstInterpretedOn = null);

/// <summary>Interpretations a unit published in the quarter in one form (GROUP BY unit, form), whatever policy they explain.</summary>
public sealed record InterpretationFact(int UnitId, InterpretationForm Form, int Count);

/// <summary>
/// A unit's directory entries due in the quarter (by their cycle), how many of them have a counted
/// publication linked in the quarter, and how many counted items in the quarter are linked to an entry.
/// </summary>
public sealed record DirectoryFact(int UnitId, int EntriesDue, int EntriesCovered, int LinkedItems);

/// <summary>
/// New-media accounts of a unit alike in status, last update and filings (GROUP BY those, COUNT).
/// <paramref name="OpeningFiled"/>: an opening filing exists; <paramref name="ClosureFiled"/>: a suspension or
/// cancellation filing exists. New-media figures are today's state: the accounts keep no history.
/// </summary>
public sealed record NewMediaFact(int UnitId, NewMediaStatus Status, DateOnly? LastUpdatedOn, bool OpeningFiled, bool ClosureFiled, int Accounts = 1);

/// <summary>
/// A unit's people gaps (the seed: trained staff left without a handover): current persons in charge or liaisons
/// who never attended a training, roles nobody holds, and people whose term ended without a recorded handover.
/// </summary>
public sealed record PeopleFact(int UnitId, int UntrainedPeople, int VacantRoles, int UnrecordedHandovers);
