using HuangshigangDisclosure.Core.Bulletins;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Time;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Bulletins;

/// <summary>A bulletin as it reads now: its text rendered, the figures behind it, and the laid-out document.</summary>
public sealed record BulletinView(Bulletin Bulletin, BulletinText Rendered, BulletinFacts Facts, BulletinDocument Document);

/// <summary>
/// The bulletin's figures (<see cref="QuarterScoreService"/> plus directory, training and people facts) and how a
/// bulletin reads: a draft renders its placeholders from today's figures, an issued one shows its frozen snapshot.
/// </summary>
public sealed class BulletinService(AppDbContext db, QuarterScoreService scoring, IOptions<BulletinOptions> options, TimeProvider clock)
{
    public BulletinOptions Options => options.Value;

    public DateOnly Today => ChinaTime.Today(clock);

    public Task<IReadOnlyList<Quarter>> QuartersAsync(CancellationToken cancellationToken = default) => scoring.QuartersAsync(cancellationToken);

    /// <summary>The quarter's figures as of today.</summary>
    public async Task<BulletinFacts> FactsAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var scores = await scoring.ScoreAsync(quarter, cancellationToken);
        var figures = scoring.Bulletin(scores);
        var domains = await db.DisclosureDomains.CountAsync(cancellationToken);
        var domainsWithEntries = await db.DisclosureDomains.CountAsync(d => d.Entries.Any(e => e.IsActive), cancellationToken);
        var entries = await db.DirectoryEntries.CountAsync(e => e.IsActive, cancellationToken);
        var trainings = await db.TrainingSessions.AsNoTracking()
            .Where(t => t.HeldOn >= quarter.Start && t.HeldOn <= quarter.End)
            .Select(t => new TrainingFact(t.HeldOn, t.Topic))
            .ToListAsync(cancellationToken);
        var gaps = (await PeopleGapQuery.LoadAsync(db, null, cancellationToken)).GapsOn(scores.AsOf);
        var names = scores.Units.ToDictionary(u => u.UnitId, u => u.Name);
        return BulletinFacts.From(scores, figures, scoring.Options, new DirectoryStatusFact(domains, domainsWithEntries, entries), trainings, gaps, names);
    }

    /// <summary>A new draft's text for the quarter, written by <see cref="BulletinDrafter"/>.</summary>
    public async Task<BulletinText> DraftAsync(Quarter quarter, CancellationToken cancellationToken = default) =>
        BulletinDrafter.Draft(await FactsAsync(quarter, cancellationToken), Options);

    public async Task<BulletinView> ViewAsync(Bulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var correction = bulletin.CorrectsId is null ? null : bulletin.CorrectionReason;
        if (bulletin.IsIssued)
        {
            var frozen = bulletin.FrozenFacts();
            var text = bulletin.FrozenText();
            return new(bulletin, text, frozen, BulletinDocument.Compose(text, frozen, bulletin.IssuedOn!.Value, bulletin.NumberLabel, correction));
        }

        var facts = await FactsAsync(bulletin.Quarter, cancellationToken);
        var rendered = Render(bulletin.Text, facts);
        return new(bulletin, rendered, facts, BulletinDocument.Compose(rendered, facts, Today, bulletin.NumberLabel, correction));
    }

    public static BulletinText Render(BulletinText text, BulletinFacts facts) => text.Map(t => BulletinPlaceholders.Render(t, facts));

    /// <summary>The active units whose full name the rendered text or the figures' table name.</summary>
    public async Task<IReadOnlyList<int>> NamedUnitIdsAsync(BulletinText rendered, BulletinFacts facts, CancellationToken cancellationToken = default)
    {
        var all = rendered.AllText();
        var inFigures = facts.Streets.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
        return [.. units.Where(u => all.Contains(u.Name, StringComparison.Ordinal) || inFigures.Contains(u.Name)).Select(u => u.Id)];
    }

    /// <summary>The issue number a quarter's bulletin gets by default: the quarter's number (第3期 for Q3) unless another quarter of the year took it.</summary>
    public async Task<int> SuggestedNumberAsync(Bulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        if (bulletin.Number is { } kept)
        {
            return kept;
        }

        var taken = await TakenNumbersAsync(bulletin, cancellationToken);
        return taken.Contains(bulletin.Quarter.Number) ? taken.Max() + 1 : bulletin.Quarter.Number;
    }

    /// <summary>Numbers of the year already used by issued bulletins of other quarters.</summary>
    public async Task<IReadOnlySet<int>> TakenNumbersAsync(Bulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        var quarters = Enumerable.Range(1, 4).Select(n => new Quarter(bulletin.Quarter.Year, n)).Where(q => q != bulletin.Quarter).ToList();
        var numbers = await db.Bulletins.AsNoTracking()
            .Where(b => b.Status == BulletinStatus.Issued && quarters.Contains(b.Quarter) && b.Number != null)
            .Select(b => b.Number!.Value)
            .ToListAsync(cancellationToken);
        return numbers.ToHashSet();
    }
}
