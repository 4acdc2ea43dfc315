using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Scoring;

/// <summary>How often a web node asks the shared database whether another node has written.</summary>
public sealed class DataVersionOptions
{
    public const string Section = "DataVersion";

    /// <summary>
    /// A write on another node shows in this node's cached figures within this many milliseconds (0: ask on every
    /// request). A write on this node shows at once.
    /// </summary>
    [Range(0, 60_000)]
    public int RecheckMilliseconds { get; set; } = 1000;
}

/// <summary>
/// The data version cached figures and pages are keyed by: the newest audit row's id. Every write of domain data is
/// audited in its own transaction, so any change that could move a figure gives a new version on every node alike.
/// Each node reads it from the database at most once per <see cref="DataVersionOptions.RecheckMilliseconds"/>:
/// asking on every request cost the cached dashboard half its speed (docs/performance.md). A write through this
/// node forgets the version read at once (<see cref="DataVersionInterceptor"/>), so its own users never see old figures.
/// </summary>
public sealed class DataVersion(IServiceScopeFactory scopes, IOptions<DataVersionOptions> options)
{
    private sealed record Reading(long Version, long ReadAt, long Generation);

    private Reading? _last;

    /// <summary>Counts this node's writes: a reading begun before a write is never kept after it.</summary>
    private long _generation;

    public async ValueTask<long> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var generation = Interlocked.Read(ref _generation);
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Generation == generation
            && Stopwatch.GetElapsedTime(last.ReadAt).TotalMilliseconds < options.Value.RecheckMilliseconds)
        {
            return last.Version;
        }

        var readAt = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var version = await NewestAuditId(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken) ?? 0;
        Volatile.Write(ref _last, new Reading(version, readAt, generation));
        return version;
    }

    /// <summary>This node wrote: the next request reads the version again.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

    private static readonly Func<AppDbContext, CancellationToken, Task<long?>> NewestAuditId =
        EF.CompileAsyncQuery((AppDbContext db, CancellationToken _) => db.AuditEntries.Max(a => (long?)a.Id));
}

/// <summary>Tells <see cref="DataVersion"/> when this node has saved changes or committed a transaction.</summary>
public sealed class DataVersionInterceptor(DataVersion version) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        version.Changed();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        version.Changed();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => version.Changed();

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Changed();
        return Task.CompletedTask;
    }
}
