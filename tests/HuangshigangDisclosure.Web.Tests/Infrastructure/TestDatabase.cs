using HuangshigangDisclosure.Web.Infrastructure;
using Npgsql;

namespace HuangshigangDisclosure.Web.Tests.Infrastructure;

/// <summary>
/// The database a <see cref="PortalFactory"/> runs on. This project runs on a SQLite file; the project
/// HuangshigangDisclosure.Web.Tests.PostgreSql compiles the same sources with HSG_POSTGRESQL defined and
/// runs every test on a PostgreSQL database of its own, created from <c>HSG_TEST_POSTGRES</c>.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "HSG_TEST_POSTGRES";

#if HSG_POSTGRESQL
    public const DatabaseProvider Provider = DatabaseProvider.PostgreSql;
#else
    public const DatabaseProvider Provider = DatabaseProvider.Sqlite;
#endif

    public static bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>True in a CI run (CI=true), where the PostgreSQL tests must run, never skip.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && ci != "0" && !ci.Equals("false", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The server's base connection string (HSG_TEST_POSTGRES). Without it a test skips, except in CI,
    /// where it fails: a CI run that quietly tested nothing on PostgreSQL would look green.
    /// </summary>
    public static string PostgreSqlServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value)
        {
            return value;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"{Variable} is not set, and CI is: the PostgreSQL tests must run in CI (.ci/run starts a server and sets it).");
        }

        Assert.Skip($"{Variable} is not set: PostgreSQL tests skipped");
        return "";
    }

    /// <summary>Creates an empty database with a unique name on the HSG_TEST_POSTGRES server; returns its connection string.</summary>
    public static async Task<string> CreatePostgreSqlAsync(string prefix = "hsg_t_")
    {
        var server = new NpgsqlConnectionStringBuilder(PostgreSqlServer());
        var name = prefix + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreatePostgreSqlAsync"/>, ending any session still on it.</summary>
    public static async Task DropPostgreSqlAsync(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString);
        var name = database.Database!;
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var server = new NpgsqlConnectionStringBuilder(PostgreSqlServer());
        // A busy server can refuse one attempt (too many clients, a session still closing): try again before failing.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
