using System.Data.Common;
using HuangshigangDisclosure.Core.Interpretations;
using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Core.Units;
using HuangshigangDisclosure.Web.Scoring;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HuangshigangDisclosure.Web.Tests.Scoring;

/// <summary>The scoring service on the demo database: the seed's figures, computed from the records.</summary>
public class QuarterScoreServiceTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static readonly Quarter Q3 = Quarter.Parse("2022Q3");

    private async Task<(QuarterScores Scores, BulletinFigures Bulletin)> ScoreAsync(Quarter quarter)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<QuarterScoreService>();
        var scores = await service.ScoreAsync(quarter);
        return (scores, service.Bulletin(scores));
    }

    [Fact]
    public async Task The_demo_quarter_states_the_seed_bulletins_figures()
    {
        var (scores, bulletin) = await ScoreAsync(Q3);

        Assert.Equal(1155, scores.DistrictTotal);
        Assert.Equal(
            ["江北管理区 8", "花湖街道 7", "黄石港街道 7", "沈家营街道 12", "胜阳港街道 8"],
            bulletin.Streets.Select(s => $"{s.Name} {s.Total}"));
        Assert.Equal(8.4m, bulletin.StreetAverage);
        Assert.Equal(8, bulletin.StreetAverageInProse);
        Assert.Equal(["沈家营街道"], bulletin.MetUnits);
        Assert.Equal(["区财政局 35", "区民政局 18", "区人社局 16"], bulletin.MostComplete.Select(u => $"{u.Name} {u.Items}"));
        Assert.Equal(new[] { "区发改局", "区司法局", "区民政局" }.Order(StringComparer.Ordinal), bulletin.InterpretationUnits.Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Huangshigang_street_was_silent_for_weeks_then_burst_after_the_reminder()
    {
        var (scores, bulletin) = await ScoreAsync(Q3);
        var street = scores.Units.Single(u => u.Name == "黄石港街道");

        Assert.True(street.LongestSilenceDays >= 21, $"longest silence {street.LongestSilenceDays} days");
        var burst = Assert.Single(street.Bursts);
        Assert.Equal(new DateOnly(2022, 9, 6), burst.StartsOn);
        Assert.Equal(new DateOnly(2022, 9, 5), burst.ReminderSentOn);
        Assert.Contains(bulletin.BurstUnits, b => b.Name == "黄石港街道" && b.AfterReminder);
        Assert.Equal([4, 4, 4], scores.Units.Single(u => u.Name == "沈家营街道").Months);
        Assert.Equal(QuotaOutcome.Met, scores.Units.Single(u => u.Name == "沈家营街道").QuarterOutcome);
    }

    [Fact]
    public async Task Interpretations_come_only_from_the_three_units_and_all_in_plain_text()
    {
        var (_, bulletin) = await ScoreAsync(Q3);

        Assert.All(bulletin.InterpretationUnits, u => Assert.Equal([InterpretationForm.Text], u.Forms));
    }

    [Fact]
    public async Task Thirteen_new_media_accounts_comply_and_huangshigang_street_runs_eight_on_the_quarters_last_day()
    {
        var (scores, bulletin) = await ScoreAsync(Q3);
        var street = scores.Units.Single(u => u.Name == "黄石港街道").NewMedia;

        Assert.Equal(13, bulletin.NewMedia.Compliant);
        Assert.Equal((8, 1, 5), (street.Accounts, street.Suspended + street.Cancelled, street.ClosurePlanned));
    }

    [Fact]
    public async Task Every_scored_unit_has_an_explanation_line_per_part_and_ranks_are_competition_ranks()
    {
        var (scores, _) = await ScoreAsync(Q3);

        Assert.Equal(25, scores.Units.Count);
        var ranked = scores.Ranked;
        Assert.NotEmpty(ranked);
        Assert.Equal(1, ranked[0].Rank);
        foreach (var unit in ranked)
        {
            Assert.Equal(1 + ranked.Count(o => o.Score > unit.Score), unit.Rank);
            Assert.NotEmpty(unit.Explanation);
        }
    }

    [Fact]
    public async Task A_withdrawn_publication_leaves_the_count_and_a_wechat_post_never_enters_it()
    {
        var (before, _) = await ScoreAsync(Q3);
        var shenjiaying = before.Units.Single(u => u.Name == "沈家营街道");
        await portal.WithDbAsync(async db =>
        {
            db.Publications.Add(new Publication { UnitId = shenjiaying.UnitId, Title = "公众号推送", PublishedOn = new DateOnly(2022, 8, 10), Channel = PublicationChannel.WeChat });
            var withdrawn = db.Publications.Add(new Publication { UnitId = shenjiaying.UnitId, Title = "错发信息", PublishedOn = new DateOnly(2022, 8, 11) });
            await db.SaveChangesAsync();
            withdrawn.Entity.Status = PublicationStatus.Withdrawn;
            return await db.SaveChangesAsync();
        });

        var (after, _) = await ScoreAsync(Q3);

        Assert.Equal(before.DistrictTotal, after.DistrictTotal);
        Assert.Equal(shenjiaying.Months, after.Units.Single(u => u.Name == "沈家营街道").Months);
    }
}

/// <summary>The scores of a quarter cost the same number of SQL commands for 5 units as for 200 (no query per unit).</summary>
public class QuarterScoreCommandCountTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => _count = 0;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class EmptyPortal(int recheckMilliseconds = 1000) : PortalFactory
    {
        public CommandCounter Counter { get; } = new();

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            ["DataVersion:RecheckMilliseconds"] = recheckMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IDbCommandInterceptor>(Counter));
        }
    }

    private static async Task<int> CommandsToScoreAsync(int units)
    {
        await using var portal = new EmptyPortal();
        await portal.WithDbAsync(async db =>
        {
            for (var i = 0; i < units; i++)
            {
                var kind = i % 4 == 0 ? UnitKind.Street : UnitKind.Department;
                var unit = new Unit { Name = $"测试单位{i:000}", ShortName = $"测{i:000}", Kind = kind, SortOrder = i };
                db.Units.Add(unit);
                unit.People.Add(new UnitPerson { Role = PersonRole.Liaison, Name = $"联络员{i}", EffectiveFrom = new DateOnly(2022, 1, 1) });
                for (var day = 1; day <= 3; day++)
                {
                    db.Publications.Add(new Publication { Unit = unit, Title = $"信息{i}-{day}", PublishedOn = new DateOnly(2022, 7, day * 10), NeedsInterpretation = day == 1 });
                }
            }

            return await db.SaveChangesAsync();
        });

        await using var scope = portal.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<QuarterScoreService>();
        await service.ScoreAsync(Quarter.Parse("2022Q2")); // warms the calendar cache and the model
        portal.Counter.Reset();
        var scores = await service.ScoreAsync(Quarter.Parse("2022Q3"));
        Assert.Equal(units, scores.Units.Count);
        Assert.Equal(units * 3, scores.DistrictTotal);
        return portal.Counter.Count;
    }

    [Theory]
    [InlineData(60_000, 0)] // the version read by the first request still holds
    [InlineData(0, 1)] // the node asks the database on every request
    public async Task Scores_already_computed_cost_no_command_or_one_for_the_version_until_a_write_on_this_node(int recheckMilliseconds, int repeatCommands)
    {
        await using var portal = new EmptyPortal(recheckMilliseconds);
        var unitId = await OneStreetWithOneItemAsync(portal);

        var first = await ScoreInNewRequestAsync(portal);
        var again = await ScoreInNewRequestAsync(portal);
        await portal.WithDbAsync(db =>
        {
            db.Publications.Add(new Publication { UnitId = unitId, Title = "新增信息", PublishedOn = new DateOnly(2022, 8, 5) });
            return db.SaveChangesAsync();
        });
        var afterWrite = await ScoreInNewRequestAsync(portal);

        Assert.Equal(1, first.Total);
        Assert.True(first.Commands > 1);
        Assert.Equal((1, repeatCommands), again);
        // Even with an hour's recheck interval, a write through this node is seen by the next request.
        Assert.Equal(2, afterWrite.Total);
        Assert.True(afterWrite.Commands > 1);
    }

    [Fact]
    public async Task A_write_this_node_did_not_make_shows_once_the_recheck_interval_has_passed()
    {
        // Another web node's write reaches the database without passing through this node's context: here an
        // UPDATE and its audit row sent as SQL, which this node's interceptor never sees.
        const int recheck = 3000;
        await using var portal = new EmptyPortal(recheck);
        var unitId = await OneStreetWithOneItemAsync(portal);

        var before = await ScoreInNewRequestAsync(portal);
        await portal.WithDbAsync(async db =>
        {
            await db.Publications.Where(p => p.UnitId == unitId).ExecuteUpdateAsync(set => set.SetProperty(p => p.PublishedOn, new DateOnly(2022, 10, 5)));
            return await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "AuditEntries" ("OccurredAtUtc", "UserId", "UserName", "Action", "EntityType", "EntityId", "Changes", "ClientIp")
                SELECT "OccurredAtUtc", "UserId", "UserName", "Action", "EntityType", "EntityId", "Changes", "ClientIp" FROM "AuditEntries"
                WHERE "Id" = (SELECT MAX("Id") FROM "AuditEntries")
                """);
        });
        var soon = await ScoreInNewRequestAsync(portal);
        await Task.Delay(recheck + 200, Token);
        var later = await ScoreInNewRequestAsync(portal);

        Assert.Equal(1, before.Total);
        Assert.Equal((1, 0), soon); // within the interval: the figures as this node last knew them
        Assert.Equal(0, later.Total); // the publication moved to the fourth quarter
    }

    /// <summary>A street with one publication on 5 July 2022, saved through this node.</summary>
    private static Task<int> OneStreetWithOneItemAsync(EmptyPortal portal) => portal.WithDbAsync(async db =>
    {
        var unit = db.Units.Add(new Unit { Name = "测试街道", ShortName = "测试", Kind = UnitKind.Street });
        db.Publications.Add(new Publication { Unit = unit.Entity, Title = "信息", PublishedOn = new DateOnly(2022, 7, 5) });
        await db.SaveChangesAsync();
        return unit.Entity.Id;
    });

    private static async Task<(int Total, int Commands)> ScoreInNewRequestAsync(EmptyPortal portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        portal.Counter.Reset();
        var scores = await scope.ServiceProvider.GetRequiredService<QuarterScoreService>().ScoreAsync(Quarter.Parse("2022Q3"));
        return (scores.DistrictTotal, portal.Counter.Count);
    }

    [Fact]
    public async Task Scoring_5_units_and_200_units_sends_the_same_small_number_of_commands()
    {
        var five = await CommandsToScoreAsync(5);
        var twoHundred = await CommandsToScoreAsync(200);

        Assert.Equal(five, twoHundred);
        Assert.InRange(five, 1, 15);
    }
}
