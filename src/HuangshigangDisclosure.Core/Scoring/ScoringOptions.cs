using System.Globalization;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Units;

namespace HuangshigangDisclosure.Core.Scoring;

/// <summary>
/// Every threshold and weight of design §3, with its defaults; bound from the "Scoring" section of
/// appsettings.json and checked with <see cref="Validate"/> at start.
/// </summary>
public sealed class ScoringOptions
{
    public const string Section = "Scoring";

    /// <summary>
    /// The channels whose items count (design §3); null: <see cref="PublicationChannels.CountedByDefault"/>
    /// (信息公开平台 only). A list, not a default value, because configuration binding appends to a list.
    /// </summary>
    public List<PublicationChannel>? CountedChannels { get; set; }

    /// <summary>A burst counts items over this many days: d, d+1, d+2.</summary>
    public int BurstWindowDays { get; set; } = 3;

    /// <summary>At least this many counted items in the burst window.</summary>
    public int BurstMinimumItems { get; set; } = 4;

    /// <summary>After nothing counted on this many days before the burst's first day.</summary>
    public int QuietDaysBeforeBurst { get; set; } = 21;

    /// <summary>A burst is "after a reminder" when it starts within this many days after one (sent-on &lt; d ≤ sent-on + 7).</summary>
    public int ReminderWindowDays { get; set; } = 7;

    /// <summary>An operating account with no update for this many days is dormant (国办秘函〔2019〕19号: 2 weeks).</summary>
    public int DormantDays { get; set; } = 14;

    /// <summary>An interpretation is on time no later than this many working days after its policy (local practice, e.g. Zhengzhou: 3).</summary>
    public int InterpretationWorkingDays { get; set; } = 3;

    /// <summary>The bulletin names units with a quota whose longest silence reaches this many days.</summary>
    public int LongSilenceDays { get; set; } = 21;

    public ScoreWeights Weights { get; set; } = new();

    /// <summary>Quota per unit kind; a kind missing here has none. Default: streets and the management zone 4 a month, 12 a quarter.</summary>
    public Dictionary<UnitKind, QuotaPolicy> Quotas { get; set; } = new()
    {
        [UnitKind.Street] = new() { MonthlyMinimum = 4, QuarterlyMinimum = 12 },
        [UnitKind.ManagementZone] = new() { MonthlyMinimum = 4, QuarterlyMinimum = 12 },
    };

    /// <summary>A unit's own quota, by its full name, replacing its kind's.</summary>
    public Dictionary<string, QuotaPolicy> UnitQuotas { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The channels that count: the configured ones, else the default. A method, so configuration binding never touches it.</summary>
    public IReadOnlySet<PublicationChannel> CountedChannelSet() =>
        CountedChannels is { Count: > 0 } channels ? channels.ToHashSet() : PublicationChannels.CountedByDefault;

    /// <summary>The quota that applies to <paramref name="unit"/>: its own, else its kind's, else none.</summary>
    public QuotaPolicy QuotaFor(UnitFacts unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return UnitQuotas.TryGetValue(unit.Name, out var own) ? own
            : Quotas.TryGetValue(unit.Kind, out var kind) ? kind
            : QuotaPolicy.None;
    }

    /// <summary>What is wrong with these options, one line each; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        void AtLeast(int value, int minimum, string name)
        {
            if (value < minimum)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Scoring:{name} must be at least {minimum} (is {value})."));
            }
        }

        AtLeast(BurstWindowDays, 1, nameof(BurstWindowDays));
        AtLeast(BurstMinimumItems, 1, nameof(BurstMinimumItems));
        AtLeast(QuietDaysBeforeBurst, 0, nameof(QuietDaysBeforeBurst));
        AtLeast(ReminderWindowDays, 0, nameof(ReminderWindowDays));
        AtLeast(DormantDays, 1, nameof(DormantDays));
        AtLeast(InterpretationWorkingDays, 0, nameof(InterpretationWorkingDays));
        AtLeast(LongSilenceDays, 1, nameof(LongSilenceDays));
        if (CountedChannels is { Count: 0 })
        {
            problems.Add("Scoring:CountedChannels must name at least one channel.");
        }

        if (Weights is null)
        {
            problems.Add("Scoring:Weights is missing.");
        }
        else
        {
            AtLeast(Weights.QuarterQuota, 0, "Weights:QuarterQuota");
            AtLeast(Weights.MonthlyRegularity, 0, "Weights:MonthlyRegularity");
            AtLeast(Weights.Interpretation, 0, "Weights:Interpretation");
            AtLeast(Weights.DirectoryCoverage, 0, "Weights:DirectoryCoverage");
            if (Weights.Sum != 100)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"Scoring:Weights must add up to 100 (they add up to {Weights.Sum})."));
            }
        }

        foreach (var (name, quota) in (Quotas ?? []).Select(q => (q.Key.ToString(), q.Value)).Concat((UnitQuotas ?? []).Select(q => (q.Key, q.Value))))
        {
            if (quota is null || quota.MonthlyMinimum < 0 || quota.QuarterlyMinimum < 0)
            {
                problems.Add($"Scoring:Quotas of {name} must be empty or at least 0.");
            }
        }

        return problems;
    }

    /// <summary>Throws with every problem when the options are not usable.</summary>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }
}

/// <summary>How the 100 points of the score are shared (default 40 / 20 / 20 / 20).</summary>
public sealed class ScoreWeights
{
    public int QuarterQuota { get; set; } = 40;

    public int MonthlyRegularity { get; set; } = 20;

    public int Interpretation { get; set; } = 20;

    public int DirectoryCoverage { get; set; } = 20;

    public int Sum => QuarterQuota + MonthlyRegularity + Interpretation + DirectoryCoverage;
}

/// <summary>
/// 考核指标: counted items a unit must publish a month and a quarter. Null or 0: no such quota.
/// </summary>
public sealed record QuotaPolicy
{
    public static QuotaPolicy None { get; } = new();

    public int? MonthlyMinimum { get; init; }

    public int? QuarterlyMinimum { get; init; }
}
