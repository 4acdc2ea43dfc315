using System.Data;
using System.Data.Common;
using HuangshigangDisclosure.Core.Scoring;
using HuangshigangDisclosure.Data.Scoring;
using HuangshigangDisclosure.Web.Infrastructure;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HuangshigangDisclosure.Web.Tests;

/// <summary>
/// Every command of the quarter's scoring (<see cref="ScoringInputsQuery"/>) translates for every provider, SQL
/// Server included, though no SQL Server runs here: the connection is never opened and each command is answered
/// with no rows, so EF builds each query's SQL for the provider exactly as it would send it.
/// </summary>
public class ScoringQueryTranslationTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql, DatabaseProvider.Sqlite];

    /// <summary>Captures each command's SQL and answers it with an empty result, without a server.</summary>
    private sealed class NoServer : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_quarters_scoring_queries_translate_for_the_provider(DatabaseProvider provider)
    {
        var noServer = new NoServer();
        await using var db = ProviderQueryTests.Context(provider, noServer);

        var inputs = await ScoringInputsQuery.LoadAsync(db, Quarter.Parse("2022Q3"), new DateOnly(2022, 10, 21), new ScoringOptions());

        Assert.Empty(inputs.Units);
        // Policies and their first interpretations are one command; the directory links one of their own.
        Assert.Equal(11, noServer.Commands.Count);
        Assert.Equal(5, noServer.Commands.Count(c => c.Contains("GROUP BY", StringComparison.Ordinal)));
        // The links command states the filter of IX_Publications_Linked, or no database could read it from that index.
        var column = provider == DatabaseProvider.SqlServer ? "[DirectoryEntryId]" : "\"DirectoryEntryId\"";
        Assert.Single(noServer.Commands, c => c.Contains($"{column} IS NOT NULL", StringComparison.Ordinal) && c.Contains("GROUP BY", StringComparison.Ordinal));
        Assert.Contains(noServer.Commands, c => c.Contains(provider == DatabaseProvider.SqlServer ? "[Publications]" : "\"Publications\"", StringComparison.Ordinal));
    }
}
