using HuangshigangDisclosure.Core.Publications;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Interpretations;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// The query shapes the portal relies on that each provider translates its own way (collection
/// parameters, text search, grouped aggregates, DateOnly and UTC DateTime ranges, joins on a
/// grouped subquery), translated for every provider with ToQueryString. No SQL Server runs here:
/// this is its only check that the portal's queries translate for it. The Sqlite and PostgreSql
/// suites also execute them. A new query with a shape not below belongs here.
/// </summary>
public class ProviderQueryTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite];

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_list_of_codes_is_one_parameter_not_one_per_value(DatabaseProvider provider)
    {
        using var db = Context(provider);
        string[] codes = ["A01", "B02"];

        var sql = db.DirectoryEntries.Include(e => e.ResponsibleUnits).Where(e => EF.Parameter(codes).Contains(e.Code)).ToQueryString();

        Assert.Contains(provider switch
        {
            DatabaseProvider.SqlServer => "OPENJSON(@codes)",
            DatabaseProvider.PostgreSql => "= ANY (@codes)",
            _ => "json_each(@codes)",
        }, sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void A_title_search_matches_anywhere_in_the_text(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var word = "预算";

        var sql = db.Publications.Where(p => p.Title.Contains(word)).ToQueryString();

        // All three compare as stored: Chinese text has no case. (On ASCII letters SQL Server's
        // default collation ignores case; SQLite's instr and PostgreSQL's LIKE do not.)
        Assert.Contains(provider switch
        {
            DatabaseProvider.SqlServer => "LIKE",
            DatabaseProvider.PostgreSql => "LIKE @word_contains",
            _ => "instr(",
        }, sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_home_pages_counts_are_one_grouped_query(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var (today, monthStart, quarterStart) = (new DateOnly(2022, 9, 30), new DateOnly(2022, 9, 1), new DateOnly(2022, 7, 1));
        var counted = PublicationChannels.CountedByDefault.ToList();

        var sql = db.Publications.AsNoTracking()
            .Where(p => p.UnitId == 1 && p.Status == PublicationStatus.Published && counted.Contains(p.Channel) && p.PublishedOn <= today)
            .GroupBy(p => p.UnitId)
            .Select(g => new
            {
                Month = g.Count(p => p.PublishedOn >= monthStart),
                Quarter = g.Count(p => p.PublishedOn >= quarterStart),
                Last = g.Max(p => (DateOnly?)p.PublishedOn),
            })
            .ToQueryString();

        Assert.Contains("GROUP BY", sql, StringComparison.Ordinal);
        Assert.Contains("MAX(", sql, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_latest_item_per_directory_entry_joins_a_grouped_subquery(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var linked = db.Publications.AsNoTracking()
            .Where(p => p.UnitId == 1 && p.Status == PublicationStatus.Published && p.DirectoryEntryId != null);
        var latestDates = linked
            .GroupBy(p => p.DirectoryEntryId!.Value)
            .Select(g => new { EntryId = g.Key, On = g.Max(p => p.PublishedOn) });

        var sql = linked
            .Join(latestDates, p => new { EntryId = p.DirectoryEntryId!.Value, On = p.PublishedOn }, l => new { l.EntryId, l.On },
                (p, l) => new { l.EntryId, p.Id, p.Title, p.PublishedOn })
            .ToQueryString();

        Assert.Contains("JOIN (", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_interpretation_rules_translate(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var queries = new InterpretationQueries(db);

        Assert.Contains("FROM", queries.PendingPolicies(1).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("FROM", queries.InterpretablePolicies().ToQueryString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void An_audit_period_compares_utc_instants(DatabaseProvider provider)
    {
        using var db = Context(provider);
        var (fromUtc, toUtc) = (new DateTime(2022, 8, 31, 16, 0, 0, DateTimeKind.Utc), new DateTime(2022, 9, 30, 16, 0, 0, DateTimeKind.Utc));

        var sql = db.AuditEntries.Where(e => e.OccurredAtUtc >= fromUtc && e.OccurredAtUtc < toUtc && e.Changes != null && e.Changes.Contains("x"))
            .OrderByDescending(e => e.Id).Skip(20).Take(20).ToQueryString();

        Assert.Contains(provider == DatabaseProvider.SqlServer ? "OFFSET" : "LIMIT", sql, StringComparison.Ordinal);
    }

    /// <summary>A context for <paramref name="provider"/> that never needs its server (also used by ScoringQueryTranslationTests).</summary>
    internal static AppDbContext Context(DatabaseProvider provider, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.SqlServer => "Server=localhost;Database=hsg;Trusted_Connection=True;TrustServerCertificate=True",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=hsg;Username=postgres",
            _ => "Data Source=:memory:",
        };
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString, Path.GetTempPath());
        options.AddInterceptors(interceptors);
        return new AppDbContext(options.Options);
    }
}
