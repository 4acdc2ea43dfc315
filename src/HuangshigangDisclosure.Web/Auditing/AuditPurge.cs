using System.ComponentModel.DataAnnotations;
using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Auditing;

/// <summary>How long the audit trail is kept (configuration section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>
    /// Days an audit row is kept before the daily purge deletes it. 等保 2.0 asks for at least six
    /// months of audit records, so less than 180 is refused at start.
    /// </summary>
    [Range(180, 36_500)]
    public int RetentionDays { get; set; } = 180;
}

/// <summary>
/// Deletes audit rows older than the retention, and only those. A bulk delete on purpose: the
/// AuditInterceptor refuses to delete audit rows through SaveChanges, which ExecuteDelete bypasses —
/// this class is the one place allowed to.
/// </summary>
public sealed class AuditPurge(AppDbContext db, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditPurge> logger)
{
    /// <summary>The oldest moment (UTC) still kept: rows at or after it stay.</summary>
    public DateTime Cutoff => clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = Cutoff;
        var deleted = await db.AuditEntries.Where(e => e.OccurredAtUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Audit purge: deleted {Deleted} audit rows older than {RetentionDays} days (before {Cutoff:yyyy-MM-dd HH:mm} UTC).",
            deleted, options.Value.RetentionDays, cutoff);
        return deleted;
    }
}

/// <summary>Runs <see cref="AuditPurge"/> at start and then once a day.</summary>
public sealed class AuditPurgeService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditPurgeService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditPurge>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database away for the night must not stop the portal; tomorrow's run tries again.
                logger.LogError(e, "Audit purge failed; it runs again in {Interval}.", Interval);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class AuditPurgeServiceCollectionExtensions
{
    public static IServiceCollection AddAuditPurge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<AuditPurge>();
        services.AddHostedService<AuditPurgeService>();
        return services;
    }
}
