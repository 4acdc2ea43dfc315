using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// The dashboard's units table as a file (design §4), written by <see cref="Infrastructure.SpreadsheetFiles"/>
/// (.xlsx or .csv, formula cells neutralised).
/// </summary>
public static class ScoreExport
{
    /// <summary>The header and one row per unit; counts are numbers, the rest text as the dashboard shows it.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<object?[]> Rows) Table(Quarter quarter, IEnumerable<UnitScore> units, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(localizer);
        List<string> header =
        [
            localizer[nameof(Strings.Reports_Unit)], localizer[nameof(Strings.Unit_Kind)],
            .. quarter.MonthLabels,
            localizer[nameof(Strings.Reports_Total)], localizer[nameof(Strings.Reports_QuarterMinimum)], localizer[nameof(Strings.Reports_QuarterMet)],
            localizer[nameof(Strings.Reports_MonthsMet)], localizer[nameof(Strings.Reports_LongestSilence)], localizer[nameof(Strings.Reports_Burst)],
            localizer[nameof(Strings.Reports_Interpretation)], localizer[nameof(Strings.Reports_DirectoryCoverage)], localizer[nameof(Strings.Reports_NewMedia)],
            localizer[nameof(Strings.Reports_Score)], localizer[nameof(Strings.Reports_Rank)],
        ];
        var rows = units.Select(u => new object?[]
        {
            u.Name, RoleNames.Display(localizer, u.Kind), u.Months[0], u.Months[1], u.Months[2], u.Total, u.QuarterMinimum,
            ScoreDisplay.Outcome(localizer, u.QuarterOutcome), ScoreDisplay.Fraction(u.MonthsMet, u.MonthsJudged), u.LongestSilenceDays,
            ScoreDisplay.Burst(localizer, u), ScoreDisplay.Fraction(u.Interpretation.OnTime, u.Interpretation.Judged),
            ScoreDisplay.Percent(u.Directory.Coverage), ScoreDisplay.NewMedia(u.NewMedia), u.Score, u.Rank,
        }).ToList();
        return (header, rows);
    }
}
