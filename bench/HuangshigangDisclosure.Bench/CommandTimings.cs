using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HuangshigangDisclosure.Bench;

/// <summary>
/// With <c>score --profile</c>: how long each SQL command takes from execution until its reader is disposed (read
/// to the end), so the report shows where the product path spends its time beyond the floor.
/// </summary>
public sealed class CommandTimings : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<DbCommand, long> _started = new();

    public ConcurrentQueue<(string Sql, double Ms)> Commands { get; } = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _started[command] = Stopwatch.GetTimestamp();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (_started.TryRemove(command, out var started))
        {
            Commands.Enqueue((command.CommandText, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
        }

        return base.DataReaderDisposing(command, eventData, result);
    }
}
