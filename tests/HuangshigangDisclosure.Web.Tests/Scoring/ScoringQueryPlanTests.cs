using System.Data.Common;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HuangshigangDisclosure.Web.Tests.Scoring;

/// <summary>
/// How SQLite runs the quarter's scoring commands on a migrated database: the directory links come from the partial
/// index of linked rows alone, and the one pass over all the quarter's rows does not (it reads the date index).
/// </summary>
public class ScoringQueryPlanTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hsg-plan-").FullName;

    /// <summary>Asks SQLite for the plan of each scoring command, with its own parameters, before running it.</summary>
    private sealed class PlanRecorder : DbCommandInterceptor
    {
        public List<(string Sql, string Plan)> Plans { get; } = [];

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await using var explain = command.Connection!.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (DbParameter parameter in command.Parameters)
            {
                var copy = explain.CreateParameter();
                (copy.ParameterName, copy.Value) = (parameter.ParameterName, parameter.Value);
                explain.Parameters.Add(copy);
            }

            var steps = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    steps.Add(reader.GetString(3));
                }
            }

            Plans.Add((command.CommandText, string.Join(" | ", steps)));
            return result;
        }
    }

    [Fact]
    public async Task The_directory_links_are_read_from_the_linked_index_alone_and_the_counts_from_the_date_index()
    {
        var recorder = new PlanRecorder();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "plan.db")}", _folder);
        await using var db = new AppDbContext(options.Options);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        await using (var recording = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>(options.Options).AddInterceptors(recorder).Options))
        {
            await ScoringInputsQuery.LoadAsync(recording, Quarter.Parse("2022Q3"), new DateOnly(2022, 10, 21), new ScoringOptions(), TestContext.Current.CancellationToken);
        }

        var links = Assert.Single(recorder.Plans, p => p.Sql.Contains("\"DirectoryEntryId\" IS NOT NULL", StringComparison.Ordinal));
        Assert.Contains("USING COVERING INDEX IX_Publications_Linked", links.Plan, StringComparison.Ordinal);
        var counts = Assert.Single(recorder.Plans, p => p.Sql.Contains("GROUP BY \"p\".\"UnitId\", \"p\".\"PublishedOn\"", StringComparison.Ordinal));
        Assert.DoesNotContain("IX_Publications_Linked", counts.Plan, StringComparison.Ordinal);
        Assert.Contains("IX_Publications_PublishedOn", counts.Plan, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
