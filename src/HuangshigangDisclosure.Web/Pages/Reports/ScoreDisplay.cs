using System.Globalization;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// How a score's figures read, the same on the dashboard, the unit page and the exports. A zero denominator
/// reads "—", never 100%.
/// </summary>
public static class ScoreDisplay
{
    public const string None = "—";

    public static string Outcome(IStringLocalizer localizer, QuotaOutcome outcome) => outcome switch
    {
        QuotaOutcome.Met => localizer[nameof(Strings.Reports_Met)],
        QuotaOutcome.Missed => localizer[nameof(Strings.Reports_Missed)],
        QuotaOutcome.Open => localizer[nameof(Strings.Reports_Open)],
        _ => None,
    };

    /// <summary>The CSS class of an outcome badge.</summary>
    public static string OutcomeClass(QuotaOutcome outcome) => outcome switch
    {
        QuotaOutcome.Met => "text-bg-success",
        QuotaOutcome.Missed => "text-bg-danger",
        QuotaOutcome.Open => "text-bg-warning",
        _ => "text-bg-light",
    };

    /// <summary>3/5, or "—" when nothing was judged.</summary>
    public static string Fraction(int part, int whole) =>
        whole == 0 ? None : string.Create(CultureInfo.InvariantCulture, $"{part}/{whole}");

    /// <summary>66.7%, or "—" for no ratio (a zero denominator).</summary>
    public static string Percent(decimal? ratio) =>
        ratio is { } r ? Math.Round(r * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%" : None;

    public static decimal? Ratio(int part, int whole) => whole == 0 ? null : (decimal)part / whole;

    public static string Score(decimal? score) => score?.ToString("0.0", CultureInfo.InvariantCulture) ?? None;

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

    /// <summary>Dormant/unfiled accounts, or "—" for a unit without accounts.</summary>
    public static string NewMedia(NewMediaFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Accounts == 0 ? None : string.Create(CultureInfo.InvariantCulture, $"{figures.Dormant}/{figures.Unfiled}");
    }

    /// <summary>The bursts in a cell: "有", "督办后突击", or "—".</summary>
    public static string Burst(IStringLocalizer localizer, UnitScore unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.BurstAfterReminder ? localizer[nameof(Strings.Reports_BurstAfterReminder)]
            : unit.Burst ? localizer[nameof(Strings.Reports_BurstYes)]
            : None;
    }

    /// <summary>
    /// The heat map's level 0–5 for a month's count: 0 nothing; then 1–2, 3–5, 6–10, 11–20, more. Absolute, so
    /// departments and streets read on one scale; a month below its quota is marked apart (heat-short).
    /// </summary>
    public static int HeatLevel(int count) => count switch
    {
        <= 0 => 0,
        <= 2 => 1,
        <= 5 => 2,
        <= 10 => 3,
        <= 20 => 4,
        _ => 5,
    };

    public static readonly IReadOnlyList<string> HeatLegend = ["0", "1–2", "3–5", "6–10", "11–20", "21+"];
}
