using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Scoring;

/// <summary>
/// The quarterly scoring service: the grouped queries of <see cref="ScoringInputsQuery"/> feeding the pure
/// <see cref="QuarterScorer"/>, judged as of today's China-local date with the office's working-day calendar.
/// </summary>
public sealed class QuarterScoreService(AppDbContext db, PortalCalendar calendar, IOptions<ScoringOptions> options, TimeProvider clock)
{
    public ScoringOptions Options => options.Value;

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<QuarterScores> ScoreAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var inputs = await ScoringInputsQuery.LoadAsync(db, quarter, today, Options, cancellationToken);
        return QuarterScorer.Score(quarter, today, inputs, Options, await calendar.GetAsync(cancellationToken));
    }

    public BulletinFigures Bulletin(QuarterScores scores) => BulletinFigures.From(scores, Options);

    /// <summary>The quarters a selector offers: from the first recorded publication's to the current one, latest first.</summary>
    public async Task<IReadOnlyList<Quarter>> QuartersAsync(CancellationToken cancellationToken = default)
    {
        var current = Quarter.Of(Today);
        var first = await db.Publications.AsNoTracking().MinAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
        var from = first is { } day && Quarter.Of(day) < current ? Quarter.Of(day) : current;
        var quarters = new List<Quarter>();
        for (var q = current; q >= from; q = q.Previous)
        {
            quarters.Add(q);
        }

        return quarters;
    }
}
