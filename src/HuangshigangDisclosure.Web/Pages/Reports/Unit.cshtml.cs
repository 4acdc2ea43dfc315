using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Web.Accounts;
using HuangshigangDisclosure.Web.Resources;
using HuangshigangDisclosure.Web.Scoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace HuangshigangDisclosure.Web.Pages.Reports;

/// <summary>
/// 单位考核情况: one unit's quarter, every part of its score with the rule and the numbers behind it. Leaders
/// and Admins see any unit; a liaison their own (another unit's page answers 404, as everywhere).
/// </summary>
public class UnitModel(QuarterScoreService scoring, CurrentUser me, IStringLocalizer<Strings> localizer) : PageModel
{
    /// <summary>The unit; a liaison without it gets their own.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public Quarter Quarter { get; private set; }

    public IReadOnlyList<Quarter> Quarters { get; private set; } = [];

    public QuarterScores Scores { get; private set; } = null!;

    public UnitScore Unit { get; private set; } = null!;

    public string? QuarterProblem { get; private set; }

    public string? CountedChannel => ReportQuarters.CountedChannelParameter(scoring.Options);

    public ScoringOptions Options => scoring.Options;

    public int RankedUnits => Scores.Ranked.Count;

    public bool MaySeeDashboard => me.IsAdmin || me.IsLeader;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Id ??= me.IsLiaison ? me.UnitId : null;
        if (Id is not { } unitId || !me.CanRead(unitId))
        {
            return NotFound();
        }

        Quarter = ReportQuarters.Choose(Q, scoring.Today, out var invalid);
        if (invalid)
        {
            QuarterProblem = localizer[nameof(Strings.Reports_QuarterInvalid), Q!.Trim()];
        }

        Scores = await scoring.ScoreAsync(Quarter, cancellationToken);
        // A unit not scored this quarter (inactive, and silent) has no page for it.
        if (Scores.Units.FirstOrDefault(u => u.UnitId == unitId) is not { } unit)
        {
            return NotFound();
        }

        Unit = unit;
        Quarters = await scoring.QuartersAsync(cancellationToken);
        return Page();
    }

    /// <summary>The explanation line of one part of the score.</summary>
    public ScoreLine? Line(ScoreComponent component) => Unit.Explanation.FirstOrDefault(l => l.Component == component);
}
