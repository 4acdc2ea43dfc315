using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// 季度考核: the leaders' dashboard of one quarter (design §3), from <see cref="QuarterScoreService"/> (a fixed
/// number of grouped queries, whatever the number of units). Every figure links to the records behind it.
/// Leaders and Admins only (PortalSetup.ReadAllPages); the exports respect the quarter and the kind filter.
/// </summary>
[OutputCache(PolicyName = ScoresPageCachePolicy.Name)]
public class IndexModel(QuarterScoreService scoring, IStringLocalizer<Strings> localizer) : PageModel
{
    /// <summary>How many quarters the trend shows, ending with the one shown.</summary>
    public const int TrendQuarters = 4;

    /// <summary>The quarter, e.g. 2022Q3; default: the latest quarter that has ended.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    /// <summary>Only units of this kind in the table, the heat map and the exports.</summary>
    [BindProperty(SupportsGet = true)]
    public UnitKind? Kind { get; set; }

    public Quarter Quarter { get; private set; }

    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    /// <summary>Every unit's scores: the tiles and the streets' chart are the district's, whatever the filter.</summary>
    public QuarterScores Scores { get; private set; } = null!;

    /// <summary>The units the table shows: those of <see cref="Kind"/>, in the office's order.</summary>
    public IReadOnlyList<UnitScore> Rows { get; private set; } = [];

    public IReadOnlyList<Charts.TrendPoint> Trend { get; private set; } = [];

    public string? QuarterProblem { get; private set; }

    /// <summary>The publication list's channel filter for counted items (null: several channels count).</summary>
    public string? CountedChannel => ReportQuarters.CountedChannelParameter(scoring.Options);

    /// <summary>A silence this long is flagged for units with a quota (as the bulletin does).</summary>
    public int LongSilenceDays => scoring.Options.LongSilenceDays;

    public int UnitsMet => Scores.Units.Count(u => u.QuarterOutcome == QuotaOutcome.Met);

    public int UnitsWithQuota => Scores.Units.Count(u => u.QuarterMinimum is not null);

    public int PoliciesJudged => Scores.Units.Sum(u => u.Interpretation.Judged);

    public int PoliciesInterpreted => Scores.Units.Sum(u => u.Interpretation.Interpreted);

    public int DormantAccounts => Scores.Units.Sum(u => u.NewMedia.Dormant);

    public IEnumerable<UnitScore> Streets => Scores.Units.Where(u => u.IsStreetLike);

    /// <summary>
    /// What the figures rendered below the filters depend on: the page caches that HTML under this key (with the
    /// culture), so a new data version, day or filter renders afresh. Rendering 500 units' links is most of the
    /// page's cost; the scores themselves come from the service's cache.
    /// </summary>
    public string RenderKey { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Quarters = await scoring.QuartersAsync(cancellationToken);
        Trend = await TrendAsync(cancellationToken);
    }

    /// <summary>GET ?handler=Export&amp;format=xlsx|csv (default xlsx), with the page's own q and kind.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && !string.IsNullOrEmpty(format) && !string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var (header, rows) = ScoreExport.Table(Quarter, Rows, localizer);
        var name = Kind is { } kind
            ? localizer[nameof(Strings.Reports_ExportFileNameKind), Quarter.ChineseLabel, RoleNames.Display(localizer, kind)]
            : localizer[nameof(Strings.Reports_ExportFileName), Quarter.ChineseLabel];
        return csv
            ? File(SpreadsheetFiles.Csv(header, rows), SpreadsheetFiles.CsvContentType, name + ".csv")
            : File(SpreadsheetFiles.Xlsx(header, rows, Quarter.ToString()), SpreadsheetFiles.XlsxContentType, name + ".xlsx");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Quarter = ReportQuarters.Choose(Q, scoring.Today, out var invalid);
        if (invalid)
        {
            QuarterProblem = localizer[nameof(Strings.Reports_QuarterInvalid), Q!.Trim()];
        }

        Scores = await scoring.ScoreAsync(Quarter, cancellationToken);
        Rows = [.. Scores.Units.Where(u => Kind is null || u.Kind == Kind)];
        RenderKey = string.Join('|', Quarter, Kind, Format.IsoDate(scoring.Today), await scoring.DataVersionAsync(cancellationToken));
    }

    /// <summary>The last four quarters: the service is a dozen grouped queries a quarter, so this is cheap.</summary>
    private async Task<IReadOnlyList<Charts.TrendPoint>> TrendAsync(CancellationToken cancellationToken)
    {
        var points = new List<Charts.TrendPoint>();
        var first = Quarter;
        for (var i = 1; i < TrendQuarters; i++)
        {
            first = first.Previous;
        }

        for (var q = first; q <= Quarter; q = q.Next)
        {
            var scores = q == Quarter ? Scores : await scoring.ScoreAsync(q, cancellationToken);
            points.Add(new(q, scores.DistrictTotal, scores.Units.Count(u => u.QuarterOutcome == QuotaOutcome.Met), scores.Units.Count(u => u.QuarterMinimum is not null)));
        }

        return points;
    }
}
