using HuangshigangDisclosure.Core.Interpretations;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>
/// The figures a quarter's situation bulletin (情况通报) states, computed from the scores (design §3,
/// seed bulletin-2022Q3): the district total, the most complete units, the streets' table, average and
/// the units that met, units that burst or stayed silent, who interpreted policies, and new-media totals.
/// </summary>
/// <param name="DistrictTotal">Counted items of all units active in the quarter.</param>
/// <param name="Streets">Streets and the management zone in the office's order: their count and whether they met.</param>
/// <param name="StreetAverage">The mean of the streets' totals, one decimal (half-up) for tables; null without streets.</param>
/// <param name="StreetAverageInProse">That value rounded half-up to a whole number for the text: 8.4 → 8.</param>
/// <param name="MetUnits">The streets that met the quarter's quota, in the office's order.</param>
/// <param name="MostComplete">比较完备: the top units by directory coverage, ties by directory-linked items.</param>
/// <param name="BurstUnits">Units with a burst in the quarter.</param>
/// <param name="SilentUnits">Units with a quota whose longest silence reached the threshold.</param>
/// <param name="InterpretationUnits">Units that published interpretations in the quarter, with their forms.</param>
public sealed record BulletinFigures(
    Quarter Quarter,
    int DistrictTotal,
    IReadOnlyList<UnitScore> Streets,
    decimal? StreetAverage,
    int? StreetAverageInProse,
    IReadOnlyList<string> MetUnits,
    IReadOnlyList<CompleteUnit> MostComplete,
    IReadOnlyList<BurstUnit> BurstUnits,
    IReadOnlyList<SilentUnit> SilentUnits,
    IReadOnlyList<InterpretationUnit> InterpretationUnits,
    NewMediaFigures NewMedia)
{
    /// <summary>How many units the bulletin names as most complete.</summary>
    public const int MostCompleteCount = 3;

    public static BulletinFigures From(QuarterScores scores, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        var units = scores.Units;
        var streets = units.Where(u => u.IsStreetLike).ToList();
        decimal? average = streets.Count == 0 ? null : ScoreCard.Round((decimal)streets.Sum(s => s.Total) / streets.Count);

        // Only a unit that covered something can be "most complete"; the sort is stable, so full ties keep the office's order.
        var mostComplete = units
            .Where(u => u.Directory.Coverage > 0)
            .OrderByDescending(u => u.Directory.Coverage)
            .ThenByDescending(u => u.Directory.LinkedItems)
            .Take(MostCompleteCount)
            .Select(u => new CompleteUnit(u.Name, u.Directory.LinkedItems, u.Directory.Coverage!.Value, u.Directory.Due, u.Directory.Covered))
            .ToList();

        return new(
            scores.Quarter,
            scores.DistrictTotal,
            streets,
            average,
            average is { } a ? (int)Math.Round(a, 0, MidpointRounding.AwayFromZero) : null,
            [.. streets.Where(s => s.QuarterOutcome == QuotaOutcome.Met).Select(s => s.Name)],
            mostComplete,
            [.. units.Where(u => u.Burst).Select(u => new BurstUnit(u.Name, u.Bursts))],

            // A department without a quota publishes as its information forms: its silence is shown, not flagged.
            [.. units.Where(u => (u.MonthlyMinimum is not null || u.QuarterMinimum is not null) && u.LongestSilenceDays >= options.LongSilenceDays)
                .Select(u => new SilentUnit(u.Name, u.LongestSilenceDays, u.LongestSilence!.Value.From, u.LongestSilence.Value.To))],
            [.. units.Where(u => u.Interpretation.Supplied > 0).Select(u => new InterpretationUnit(u.Name, u.Interpretation.Supplied, u.Interpretation.SuppliedForms))],
            NewMediaFigures.Sum(units.Select(u => u.NewMedia)));
    }
}

/// <param name="Items">Counted items of the quarter linked to a directory entry (the seed: 财政局 35).</param>
/// <param name="Coverage">Entries covered ÷ entries due.</param>
public sealed record CompleteUnit(string Name, int Items, decimal Coverage, int EntriesDue, int EntriesCovered);

public sealed record BurstUnit(string Name, IReadOnlyList<Burst> Bursts)
{
    public bool AfterReminder => Bursts.Any(b => b.AfterReminder);
}

public sealed record SilentUnit(string Name, int Days, DateOnly From, DateOnly To);

public sealed record InterpretationUnit(string Name, int Interpretations, IReadOnlyList<InterpretationForm> Forms);
