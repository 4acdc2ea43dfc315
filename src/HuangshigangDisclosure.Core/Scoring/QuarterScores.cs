using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>The scores of every unit for one quarter, as of <see cref="AsOf"/>.</summary>
/// <param name="Today">The China-local date the scores were computed on.</param>
/// <param name="Units">Every unit active in the quarter, in the office's order (sort order, then name).</param>
public sealed record QuarterScores(Quarter Quarter, DateOnly Today, IReadOnlyList<UnitScore> Units)
{
    /// <summary>Whether the quarter has not ended yet: figures are provisional, a month still running is not failed.</summary>
    public bool IsRunning => Today <= Quarter.End;

    /// <summary>The last day the figures cover: the quarter's end, or today while it runs.</summary>
    public DateOnly AsOf => IsRunning ? Today : Quarter.End;

    /// <summary>Counted items of all units active in the quarter.</summary>
    public int DistrictTotal => Units.Sum(u => u.Total);

    /// <summary>The scored units, best first (ties in the office's order).</summary>
    public IReadOnlyList<UnitScore> Ranked => [.. Units.Where(u => u.Rank is not null).OrderBy(u => u.Rank)];
}

/// <summary>Whether a unit met a monthly or quarterly quota.</summary>
public enum QuotaOutcome
{
    /// <summary>No quota: the unit's kind has none, or it was not active the whole month.</summary>
    None,

    Met,

    /// <summary>The period ended below the minimum.</summary>
    Missed,

    /// <summary>The period is still running (or has not begun) and the minimum is not reached yet: not failed.</summary>
    Open,
}

/// <summary>One unit's figures for the quarter (design §3) and its weighted score.</summary>
public sealed record UnitScore
{
    public required int UnitId { get; init; }

    public required string Name { get; init; }

    public required UnitKind Kind { get; init; }

    public int SortOrder { get; init; }

    public bool IsStreetLike => Kind is UnitKind.Street or UnitKind.ManagementZone;

    /// <summary>The months (first days) judged against the monthly quota: those the unit was active all month.</summary>
    public required IReadOnlyList<DateOnly> ActiveMonths { get; init; }

    /// <summary>Counted items in each of the quarter's three months.</summary>
    public required IReadOnlyList<int> Months { get; init; }

    public int Total => Months.Sum();

    /// <summary>The monthly minimum; null when the unit has no monthly quota.</summary>
    public int? MonthlyMinimum { get; init; }

    /// <summary>Per month of the quarter: met, missed, still open, or no quota (inactive month).</summary>
    public required IReadOnlyList<QuotaOutcome> MonthOutcomes { get; init; }

    public int MonthsMet => MonthOutcomes.Count(o => o == QuotaOutcome.Met);

    /// <summary>Months already decided (met, or ended below the minimum): the denominator of regularity.</summary>
    public int MonthsJudged => MonthOutcomes.Count(o => o is QuotaOutcome.Met or QuotaOutcome.Missed);

    /// <summary>The quarterly minimum, pro-rated to the active months; null when the unit has no quarterly quota.</summary>
    public int? QuarterMinimum { get; init; }

    public required QuotaOutcome QuarterOutcome { get; init; }

    /// <summary>true met, false missed, null no quota or not decided yet (the quarter is running).</summary>
    public bool? QuarterMet => QuarterOutcome switch
    {
        QuotaOutcome.Met => true,
        QuotaOutcome.Missed => false,
        _ => null,
    };

    /// <summary>The most consecutive days of the (elapsed, active part of the) quarter with nothing counted.</summary>
    public int LongestSilenceDays { get; init; }

    /// <summary>The first and last day of that silence (the earliest when two are as long); null without silence.</summary>
    public (DateOnly From, DateOnly To)? LongestSilence { get; init; }

    /// <summary>The bursts that start in the quarter (集中突击更新).</summary>
    public required IReadOnlyList<Burst> Bursts { get; init; }

    public bool Burst => Bursts.Count > 0;

    public bool BurstAfterReminder => Bursts.Any(b => b.AfterReminder);

    public required InterpretationFigures Interpretation { get; init; }

    public required DirectoryFigures Directory { get; init; }

    public required NewMediaFigures NewMedia { get; init; }

    public required PeopleFigures People { get; init; }

    /// <summary>The weighted score 0–100 with one decimal; null when no part of the score applies to the unit.</summary>
    public decimal? Score { get; init; }

    /// <summary>1 = best; equal scores share a rank (1, 2, 2, 4); null for an unscored unit.</summary>
    public int? Rank { get; init; }

    /// <summary>How the score was reached, one line per part, in Chinese.</summary>
    public required IReadOnlyList<ScoreLine> Explanation { get; init; }
}

/// <summary>
/// A burst: at least 4 counted items on <see cref="StartsOn"/> and the next 2 days after 21 quiet days.
/// <see cref="ReminderSentOn"/> is the latest reminder it followed within 7 days, if any.
/// </summary>
public sealed record Burst(DateOnly StartsOn, int Items, DateOnly? ReminderSentOn)
{
    public bool AfterReminder => ReminderSentOn is not null;
}

/// <summary>The quarter's policies flagged "needs interpretation" and what became of them.</summary>
/// <param name="Flagged">Policies flagged in the quarter.</param>
/// <param name="Pending">Of those, not interpreted yet but still within the limit: not judged yet.</param>
/// <param name="Interpreted">Of those, with at least one interpretation.</param>
/// <param name="OnTime">Of those, first interpreted no later than the limit in working days after the policy.</param>
/// <param name="Diversified">Of those, with an interpretation in a form other than plain text.</param>
/// <param name="Forms">The forms of those interpretations.</param>
/// <param name="Supplied">Interpretations the unit published in the quarter (any policy).</param>
/// <param name="SuppliedForms">Their forms.</param>
public sealed record InterpretationFigures(
    int Flagged,
    int Pending,
    int Interpreted,
    int OnTime,
    int Diversified,
    IReadOnlyList<InterpretationForm> Forms,
    int Supplied,
    IReadOnlyList<InterpretationForm> SuppliedForms)
{
    public static InterpretationFigures Empty { get; } = new(0, 0, 0, 0, 0, [], 0, []);

    /// <summary>The policies judged: flagged and not pending. The denominator of the ratios.</summary>
    public int Judged => Flagged - Pending;

    /// <summary>Null on a zero denominator (shown "—", never 100%).</summary>
    public decimal? InterpretedRatio => Ratio.Of(Interpreted, Judged);

    public decimal? OnTimeRatio => Ratio.Of(OnTime, Judged);

    public decimal? DiversifiedRatio => Ratio.Of(Diversified, Judged);
}

/// <summary>Directory entries due in the quarter, how many were covered, and the counted items linked to entries.</summary>
public sealed record DirectoryFigures(int Due, int Covered, int LinkedItems)
{
    public static DirectoryFigures Empty { get; } = new(0, 0, 0);

    /// <summary>Covered ÷ due; null when nothing was due.</summary>
    public decimal? Coverage => Ratio.Of(Covered, Due);
}

/// <summary>
/// New-media accounts. Dormant: operating with no update on the last 14 days. Unfiled: no opening filing, or
/// suspended/cancelled without its filing. Compliant (合规): operating, filed and not dormant.
/// </summary>
public sealed record NewMediaFigures(int Accounts, int Operating, int Dormant, int Unfiled, int Compliant, int ClosurePlanned, int Suspended, int Cancelled)
{
    public static NewMediaFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static NewMediaFigures Sum(IEnumerable<NewMediaFigures> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Aggregate(Empty, (a, b) => new(
            a.Accounts + b.Accounts, a.Operating + b.Operating, a.Dormant + b.Dormant, a.Unfiled + b.Unfiled,
            a.Compliant + b.Compliant, a.ClosurePlanned + b.ClosurePlanned, a.Suspended + b.Suspended, a.Cancelled + b.Cancelled));
    }
}

/// <summary>A unit's people gaps: untrained current staff, vacant roles, terms ended without a handover.</summary>
public sealed record PeopleFigures(int UntrainedPeople, int VacantRoles, int UnrecordedHandovers)
{
    public static PeopleFigures Empty { get; } = new(0, 0, 0);

    public int Gaps => UntrainedPeople + VacantRoles + UnrecordedHandovers;
}

/// <summary>The parts of the weighted score.</summary>
public enum ScoreComponent
{
    QuarterQuota,
    MonthlyRegularity,
    Interpretation,
    DirectoryCoverage,

    /// <summary>The closing line: the sum, and how it was scaled to 100.</summary>
    Total,
}

/// <summary>One line of a score's explanation: the rule, the numbers, the points.</summary>
/// <param name="Points">Points earned (one decimal); null when the part does not apply to the unit.</param>
/// <param name="MaxPoints">The part's weight (for <see cref="ScoreComponent.Total"/>: 100).</param>
public sealed record ScoreLine(ScoreComponent Component, string Text, decimal? Points, decimal MaxPoints);

internal static class Ratio
{
    public static decimal? Of(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
