using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using HuangshigangDisclosure.Core.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace HuangshigangDisclosure.Data.Auditing;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every insert, update and delete of domain data, in the
/// same transaction as the change, and refuses any update or delete of an audit row. Audit rows
/// are written after the change is saved, so inserted rows are recorded with their real keys.
/// Identity's own tables are audited as account events instead (see the account pages).
/// </summary>
public sealed class AuditInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Pending work per context: interceptors are shared by every save of a context.
    private readonly ConditionalWeakTable<DbContext, PendingAudit> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await CaptureAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            context.Set<AuditEntry>().AddRange(pending.ToEntries());
            context.SaveChanges();
            pending.OwnTransaction?.Commit();
            pending.OwnTransaction?.Dispose();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            context.Set<AuditEntry>().AddRange(pending.ToEntries());
            await context.SaveChangesAsync(cancellationToken);
            if (pending.OwnTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
                await transaction.DisposeAsync();
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        var pending = Collect(context);
        if (pending is not null && context!.Database.CurrentTransaction is null)
        {
            pending.OwnTransaction = context.Database.BeginTransaction();
        }
    }

    private async Task CaptureAsync(DbContext? context, CancellationToken cancellationToken)
    {
        var pending = Collect(context);
        if (pending is not null && context!.Database.CurrentTransaction is null)
        {
            pending.OwnTransaction = await context.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    private PendingAudit? Collect(DbContext? context)
    {
        if (context is null || _pending.TryGetValue(context, out _))
        {
            return null;
        }

        context.ChangeTracker.DetectChanges();
        var changes = new List<EntityChange>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries can never be changed or deleted.");
                }

                continue;
            }

            if (!IsAudited(entry) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            changes.Add(EntityChange.From(entry));
        }

        if (changes.Count == 0)
        {
            return null;
        }

        var pending = new PendingAudit(changes, actor, clock.GetUtcNow().UtcDateTime);
        _pending.Add(context, pending);
        return pending;
    }

    private void Abandon(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            pending.OwnTransaction?.Dispose();
        }
    }

    // Domain data lives in the Core assembly; Identity rows are audited as account events.
    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is not DataProtectionKey
        && entry.Metadata.ClrType.Assembly == typeof(AuditEntry).Assembly;

    private sealed class PendingAudit(List<EntityChange> changes, IAuditActor actor, DateTime occurredAtUtc)
    {
        public IDbContextTransaction? OwnTransaction { get; set; }

        public IEnumerable<AuditEntry> ToEntries() => changes.Select(change => new AuditEntry
        {
            OccurredAtUtc = occurredAtUtc,
            UserId = actor.UserId,
            UserName = actor.UserName,
            ClientIp = actor.ClientIp,
            Action = change.Action,
            EntityType = change.Entry.Metadata.ClrType.Name,
            EntityId = change.KeyAfterSave(),
            Changes = JsonSerializer.Serialize(change.Values, JsonOptions),
        });
    }

    private sealed record EntityChange(EntityEntry Entry, AuditAction Action, Dictionary<string, Dictionary<string, object?>> Values)
    {
        public static EntityChange From(EntityEntry entry)
        {
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Deleted => AuditAction.Delete,
                _ => AuditAction.Update,
            };
            var values = new Dictionary<string, Dictionary<string, object?>>();
            foreach (var property in entry.Properties)
            {
                // The concurrency version and store-generated keys say nothing to a reader.
                if (property.Metadata.IsConcurrencyToken || (action == AuditAction.Insert && property.IsTemporary))
                {
                    continue;
                }

                switch (action)
                {
                    case AuditAction.Insert:
                        values[property.Metadata.Name] = new() { ["new"] = property.CurrentValue };
                        break;
                    case AuditAction.Delete:
                        values[property.Metadata.Name] = new() { ["old"] = property.OriginalValue };
                        break;
                    default:
                        if (property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                        {
                            values[property.Metadata.Name] = new() { ["old"] = property.OriginalValue, ["new"] = property.CurrentValue };
                        }

                        break;
                }
            }

            return new EntityChange(entry, action, values);
        }

        public string KeyAfterSave()
        {
            var key = Entry.Metadata.FindPrimaryKey();
            return key is null
                ? ""
                : string.Join(",", key.Properties.Select(p => Convert.ToString(Entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
