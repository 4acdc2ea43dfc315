using HuangshigangDisclosure.Core.Auditing;
using HuangshigangDisclosure.Web.Auditing;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HuangshigangDisclosure.Web.Tests.Operations;

public class AuditPurgeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private async Task AddRowAsync(string marker, DateTime occurredAtUtc) => await portal.WithDbAsync(async db =>
    {
        db.AuditEntries.Add(new AuditEntry { OccurredAtUtc = occurredAtUtc, UserName = "purge-test", Action = AuditAction.Update, EntityType = "PurgeTest", EntityId = marker });
        return await db.SaveChangesAsync();
    });

    private Task<List<string>> RowsAsync() => portal.WithDbAsync(db =>
        db.AuditEntries.Where(e => e.EntityType == "PurgeTest").OrderBy(e => e.EntityId).Select(e => e.EntityId!).ToListAsync());

    private async Task<int> PurgeAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditPurge>().RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_purge_deletes_rows_older_than_180_days_and_never_a_younger_one()
    {
        portal.Clock.Set(Now);
        var now = Now.UtcDateTime;
        await AddRowAsync("a-400-days", now.AddDays(-400));
        await AddRowAsync("b-181-days", now.AddDays(-181));
        await AddRowAsync("c-180-days-less-a-minute", now.AddDays(-180).AddMinutes(1));
        await AddRowAsync("d-179-days-less-an-hour", now.AddDays(-179).AddHours(1));
        await AddRowAsync("e-today", now);
        var others = await portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType != "PurgeTest"));

        Assert.Equal(2, await PurgeAsync());
        Assert.Equal(["c-180-days-less-a-minute", "d-179-days-less-an-hour", "e-today"], await RowsAsync());
        // The demo's own audit rows are young: none went.
        Assert.Equal(others, await portal.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType != "PurgeTest")));

        // A day later the minute-short row has aged past 180 days, the other not yet; a day after that it goes too.
        portal.Clock.Set(Now.AddDays(1));
        Assert.Equal(1, await PurgeAsync());
        Assert.Equal(["d-179-days-less-an-hour", "e-today"], await RowsAsync());
        portal.Clock.Set(Now.AddDays(2));
        Assert.Equal(1, await PurgeAsync());
        Assert.Equal(["e-today"], await RowsAsync());
    }

    [Fact]
    public void The_purge_runs_as_a_daily_background_service_with_180_days_by_default()
    {
        Assert.Contains(portal.Services.GetServices<IHostedService>(), s => s is AuditPurgeService);
        Assert.Equal(TimeSpan.FromDays(1), AuditPurgeService.Interval);
        Assert.Equal(180, portal.Services.GetRequiredService<IOptions<AuditOptions>>().Value.RetentionDays);
    }

    [Fact]
    public void A_retention_under_180_days_stops_the_portal_at_start()
    {
        using var shortRetention = new ShortRetentionPortal();

        var error = Assert.Throws<OptionsValidationException>(() => shortRetention.Services);

        Assert.Contains("RetentionDays", error.Message, StringComparison.Ordinal);
    }

    private sealed class ShortRetentionPortal : PortalFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Audit:RetentionDays"] = "90" };
    }
}
