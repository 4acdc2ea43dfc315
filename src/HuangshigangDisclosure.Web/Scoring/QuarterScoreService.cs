using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Scoring;

/// <summary>
/// The quarterly scoring service: the grouped queries of <see cref="ScoringInputsQuery"/> feeding the pure
/// <see cref="QuarterScorer"/>, judged as of today's China-local date with the office's working-day calendar.
/// Computed scores are cached per quarter, day and data version (<see cref="Scoring.DataVersion"/>: the newest audit
/// row's id, read from the shared database, so a write on any web node gives a new version everywhere).
/// </summary>
public sealed class QuarterScoreService(AppDbContext db, DbContextOptions<AppDbContext> dbOptions, DataVersion dataVersion, PortalCalendar calendar, IOptions<ScoringOptions> options, TimeProvider clock, IMemoryCache cache)
{
    /// <summary>
    /// Bounds how long an entry can outlive a race the version cannot see (two transactions on a database server
    /// committing out of id order); old versions' entries also leave the cache by it.
    /// </summary>
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(2);

    private long? _version;

    public ScoringOptions Options => options.Value;

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<QuarterScores> ScoreAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var key = (nameof(QuarterScores), quarter, today, await DataVersionAsync(cancellationToken));
        return (await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheLifetime;
            return await ComputeAsync(quarter, today, cancellationToken);
        }))!;
    }

    /// <summary>The scores straight from the database, bypassing the cache (benchmarks compare both).</summary>
    public async Task<QuarterScores> ComputeAsync(Quarter quarter, DateOnly today, CancellationToken cancellationToken = default)
    {
        ScoringInputs inputs;
        if (db.Database.CurrentTransaction is not null)
        {
            // Inside a transaction the reads must see its writes: one connection.
            inputs = await ScoringInputsQuery.LoadAsync(db, quarter, today, Options, cancellationToken);
        }
        else
        {
            // A second connection reads the publications while this one reads the rest (see ScoringInputsQuery).
            await using var countsDb = new AppDbContext(dbOptions);
            inputs = await ScoringInputsQuery.LoadAsync(countsDb, db, quarter, today, Options, cancellationToken);
        }

        return QuarterScorer.Score(quarter, today, inputs, Options, await calendar.GetAsync(cancellationToken));
    }

    /// <summary>
    /// The data version the scores are cached by (<see cref="Scoring.DataVersion"/>), the same for the whole request
    /// (scope): several quarters on one page share it, and a page caching what it renders keys it by the same version.
    /// </summary>
    public async Task<long> DataVersionAsync(CancellationToken cancellationToken = default) =>
        _version ??= await dataVersion.CurrentAsync(cancellationToken);

    public BulletinFigures Bulletin(QuarterScores scores) => BulletinFigures.From(scores, Options);

    /// <summary>The quarters a selector offers: from the first recorded publication's to the current one, latest first.</summary>
    public async Task<IReadOnlyList<Quarter>> QuartersAsync(CancellationToken cancellationToken = default)
    {
        var current = Quarter.Of(Today);
        var key = ("Quarters", current, await DataVersionAsync(cancellationToken));
        var first = await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheLifetime;
            return await db.Publications.AsNoTracking().MinAsync(p => (DateOnly?)p.PublishedOn, cancellationToken);
        });
        var from = first is { } day && Quarter.Of(day) < current ? Quarter.Of(day) : current;
        var quarters = new List<Quarter>();
        for (var q = current; q >= from; q = q.Previous)
        {
            quarters.Add(q);
        }

        return quarters;
    }
}
