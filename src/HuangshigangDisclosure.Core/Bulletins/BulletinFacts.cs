using System.Text.Json;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Training;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Bulletins;

/// <summary>
/// Everything a bulletin states, flattened to plain values so an issued bulletin can keep it as JSON:
/// the scorer's <see cref="BulletinFigures"/> plus the directory's status, the quarter's training
/// sessions and the units' training gaps. Placeholders render from it; the drafter writes from it.
/// </summary>
public sealed record BulletinFacts
{
    public required string Quarter { get; init; }

    /// <summary>2022年第三季度</summary>
    public required string QuarterLabel { get; init; }

    /// <summary>The last day the figures cover (the quarter's end, or the day they were computed while it ran).</summary>
    public required DateOnly AsOf { get; init; }

    public required int DistrictTotal { get; init; }

    /// <summary>Streets and the management zone in the office's order.</summary>
    public required IReadOnlyList<StreetFact> Streets { get; init; }

    /// <summary>The streets' monthly and quarterly minimum (the first street's: they share one quota by default).</summary>
    public int? StreetMonthlyMinimum { get; init; }

    public int? StreetQuarterMinimum { get; init; }

    public decimal? StreetAverage { get; init; }

    public int? StreetAverageInProse { get; init; }

    public required IReadOnlyList<string> MetUnits { get; init; }

    public required IReadOnlyList<CompleteFact> MostComplete { get; init; }

    public required IReadOnlyList<BurstFact> Bursts { get; init; }

    public required IReadOnlyList<SilenceFact> Silences { get; init; }

    /// <summary>A burst counts items over this many days (d, d+1, d+2).</summary>
    public int BurstWindowDays { get; init; } = 3;

    public required IReadOnlyList<InterpretationFact> Interpretations { get; init; }

    public required NewMediaFigures NewMedia { get; init; }

    /// <summary>Units whose accounts were closed or are to be closed (the seed: 黄石港街道 8, 1 closed, 5 planned).</summary>
    public required IReadOnlyList<NewMediaClosureFact> NewMediaClosures { get; init; }

    public required DirectoryStatusFact Directory { get; init; }

    public required IReadOnlyList<TrainingFact> Trainings { get; init; }

    public required IReadOnlyList<PeopleGapFact> PeopleGaps { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, BulletinText.Json);

    public static BulletinFacts FromJson(string json) =>
        JsonSerializer.Deserialize<BulletinFacts>(json, BulletinText.Json) ?? throw new FormatException("The bulletin figures are empty.");

    /// <summary>The names of every unit the figures mention (to list a unit's bulletins).</summary>
    public IEnumerable<string> UnitNames() =>
        Streets.Select(s => s.Name)
            .Concat(MostComplete.Select(c => c.Name))
            .Concat(Bursts.Select(b => b.Name))
            .Concat(Silences.Select(s => s.Name))
            .Concat(Interpretations.Select(i => i.Name))
            .Concat(NewMediaClosures.Select(n => n.Name))
            .Concat(PeopleGaps.Select(p => p.Name))
            .Distinct(StringComparer.Ordinal);

    /// <param name="unitNames">Unit id → name, for the people gaps.</param>
    public static BulletinFacts From(
        QuarterScores scores,
        BulletinFigures figures,
        ScoringOptions options,
        DirectoryStatusFact directory,
        IEnumerable<TrainingFact> trainings,
        IEnumerable<PeopleGap> peopleGaps,
        IReadOnlyDictionary<int, string> unitNames)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(trainings);
        ArgumentNullException.ThrowIfNull(peopleGaps);
        ArgumentNullException.ThrowIfNull(unitNames);
        var order = scores.Units.Select((u, i) => (u.UnitId, i)).ToDictionary(x => x.UnitId, x => x.i);
        var firstStreet = figures.Streets.FirstOrDefault();
        return new()
        {
            Quarter = scores.Quarter.ToString(),
            QuarterLabel = scores.Quarter.ChineseLabel,
            AsOf = scores.AsOf,
            DistrictTotal = figures.DistrictTotal,
            Streets = [.. figures.Streets.Select(s => new StreetFact(s.Name, s.Total, s.Months, s.QuarterMinimum, s.QuarterMet))],
            StreetMonthlyMinimum = firstStreet?.MonthlyMinimum,
            StreetQuarterMinimum = firstStreet?.QuarterMinimum,
            StreetAverage = figures.StreetAverage,
            StreetAverageInProse = figures.StreetAverageInProse,
            MetUnits = figures.MetUnits,
            MostComplete = [.. figures.MostComplete.Select(c => new CompleteFact(c.Name, c.Items))],
            Bursts = [.. figures.BurstUnits.SelectMany(b => b.Bursts.Select(x => new BurstFact(b.Name, x.StartsOn, x.Items, x.ReminderSentOn)))],
            Silences = [.. figures.SilentUnits.Select(s => new SilenceFact(s.Name, s.Days, s.From, s.To))],
            BurstWindowDays = options.BurstWindowDays,
            Interpretations = [.. figures.InterpretationUnits.Select(i => new InterpretationFact(i.Name, i.Interpretations, [.. i.Forms.Select(f => f.ChineseName())]))],
            NewMedia = figures.NewMedia,
            NewMediaClosures =
            [
                .. scores.Units
                    .Where(u => u.NewMedia.Suspended + u.NewMedia.Cancelled + u.NewMedia.ClosurePlanned > 0)
                    .Select(u => new NewMediaClosureFact(u.Name, u.NewMedia.Accounts, u.NewMedia.Suspended + u.NewMedia.Cancelled, u.NewMedia.ClosurePlanned)),
            ],
            Directory = directory,
            Trainings = [.. trainings.OrderBy(t => t.HeldOn)],
            PeopleGaps =
            [
                .. peopleGaps
                    .Where(g => unitNames.ContainsKey(g.UnitId))
                    .GroupBy(g => g.UnitId)
                    .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
                    .Select(g => new PeopleGapFact(
                        unitNames[g.Key],
                        [.. g.Where(x => x.Kind == PeopleGapKind.Untrained).Select(x => RoleName(x.Role)).Distinct()],
                        [.. g.Where(x => x.Kind == PeopleGapKind.UntrainedSuccessor).Select(x => RoleName(x.Role)).Distinct()],
                        g.Any(x => x.Kind == PeopleGapKind.UntrainedSuccessor && x.PredecessorTrained))),
            ],
        };
    }

    public static string RoleName(PersonRole role) => role switch
    {
        PersonRole.PersonInCharge => "具体负责人",
        PersonRole.LeaderInCharge => "分管领导",
        _ => "联络员",
    };
}

/// <param name="Met">true met, false missed, null no quota or the quarter still running.</param>
public sealed record StreetFact(string Name, int Total, IReadOnlyList<int> Months, int? QuarterMinimum, bool? Met);

/// <param name="Items">Counted items linked to the directory (the seed: 区财政局 35).</param>
public sealed record CompleteFact(string Name, int Items);

public sealed record BurstFact(string Name, DateOnly StartsOn, int Items, DateOnly? ReminderSentOn);

public sealed record SilenceFact(string Name, int Days, DateOnly From, DateOnly To);

/// <param name="Forms">The forms' Chinese names (文字, 图表/图解 …).</param>
public sealed record InterpretationFact(string Name, int Count, IReadOnlyList<string> Forms);

/// <param name="Closed">Accounts already suspended or cancelled (关停/注销).</param>
/// <param name="Planned">Accounts to be closed.</param>
public sealed record NewMediaClosureFact(string Name, int Accounts, int Closed, int Planned);

/// <summary>The directory's status: the district's domains and how many of them have entries.</summary>
public sealed record DirectoryStatusFact(int Domains, int DomainsWithEntries, int Entries);

public sealed record TrainingFact(DateOnly HeldOn, string Topic);

/// <param name="Untrained">Roles whose current holder never attended a training.</param>
/// <param name="UntrainedSuccessors">Roles taken over in a handover by someone never trained.</param>
/// <param name="TrainedPredecessorLeft">A trained predecessor left and the successor was not trained (the seed's case).</param>
public sealed record PeopleGapFact(string Name, IReadOnlyList<string> Untrained, IReadOnlyList<string> UntrainedSuccessors, bool TrainedPredecessorLeft);
