using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HuangshigangDisclosure.Data.Auditing;

/// <summary>
/// Renews the <c>Version</c> concurrency token of every modified entity, so a second editor's
/// save fails with <see cref="DbUpdateConcurrencyException"/> instead of silently overwriting.
/// Works alike on SQLite, PostgreSQL and SQL Server (no provider-specific row version).
/// </summary>
public sealed class ConcurrencyVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RenewVersions(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RenewVersions(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void RenewVersions(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { IsConcurrencyToken: true, ClrType: var type } && type == typeof(Guid))
            {
                entry.Property("Version").CurrentValue = Guid.NewGuid();
            }
        }
    }
}
