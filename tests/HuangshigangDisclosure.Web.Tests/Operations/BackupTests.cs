using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace HuangshigangDisclosure.Web.Tests.Operations;

public class BackupTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    /// <summary>
    /// What a restore must bring back: 2022Q3's publications per unit, month and status, and the
    /// number of audit rows, hashed. (The quarter's scores are computed from exactly these counts.)
    /// </summary>
    private static string Fingerprint(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var counts = connection.CreateCommand();
        counts.CommandText = """
            SELECT u.Name, substr(p.PublishedOn, 1, 7) AS Month, p.Status, COUNT(*)
            FROM Publications p JOIN Units u ON u.Id = p.UnitId
            WHERE p.PublishedOn >= '2022-07-01' AND p.PublishedOn < '2022-10-01'
            GROUP BY u.Name, Month, p.Status
            ORDER BY u.Name, Month, p.Status
            """;
        var text = new StringBuilder();
        using (var reader = counts.ExecuteReader())
        {
            while (reader.Read())
            {
                text.Append(CultureInfo.InvariantCulture, $"{reader.GetString(0)}|{reader.GetString(1)}|{reader.GetString(2)}|{reader.GetInt64(3)}\n");
            }
        }

        using var audit = connection.CreateCommand();
        audit.CommandText = "SELECT COUNT(*) FROM AuditEntries";
        text.Append(CultureInfo.InvariantCulture, $"audit|{(long)audit.ExecuteScalar()!}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static int PublishedInQuarter(string databaseFile)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Publications WHERE Status = 'Published' AND PublishedOn >= '2022-07-01' AND PublishedOn < '2022-10-01'";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private Dictionary<string, string> Sqlite() => new()
    {
        ["Database__Provider"] = "Sqlite",
        ["ConnectionStrings__Default"] = $"Data Source={portal.DatabasePath}",
    };

    [Fact]
    public async Task Drill_back_up_the_running_portal_wipe_the_database_restore_it_and_the_quarter_is_the_same()
    {
        using var admin = portal.CreatePortalClient();
        await admin.LogInOkAsync("admin");
        var before = Fingerprint(portal.DatabasePath);
        var published = PublishedInQuarter(portal.DatabasePath);
        Assert.True(published > 1000, $"{published} publications in the quarter");
        var backup = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "backups", "disclosure-backup.db");

        // Online: the portal keeps running (and has the file open) while the backup is taken.
        var run = await OperatorCommand.RunAsync(Sqlite(), "backup", backup);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Errors}");
        Assert.Contains("Backed up", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint(backup));

        // Wipe: the database file (and its WAL) gone, an empty database in its place.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { portal.DatabasePath, portal.DatabasePath + "-wal", portal.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        await using (var empty = new SqliteConnection($"Data Source={portal.DatabasePath};Pooling=False"))
        {
            await empty.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = empty.CreateCommand();
            create.CommandText = "CREATE TABLE Placeholder (Id INTEGER)";
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        Assert.Throws<SqliteException>(() => Fingerprint(portal.DatabasePath));

        // Restore: copy the backup in place.
        SqliteConnection.ClearAllPools();
        File.Copy(backup, portal.DatabasePath, overwrite: true);

        Assert.Equal(before, Fingerprint(portal.DatabasePath));
        Assert.Equal(published, PublishedInQuarter(portal.DatabasePath));
        // The portal serves from the restored file.
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync("/Publications/Index?quarter=2022Q3", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_backup_never_overwrites_an_existing_file()
    {
        _ = portal.Services;
        var existing = Path.Combine(Path.GetDirectoryName(portal.DatabasePath)!, "existing.db");
        await File.WriteAllTextAsync(existing, "keep me", TestContext.Current.CancellationToken);

        var run = await OperatorCommand.RunAsync(Sqlite(), "backup", existing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("exists already", run.Errors, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(existing, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("PostgreSql", "Host=127.0.0.1;Database=hsg;Username=hsg", "pg_dump --format=custom", "pg_restore")]
    [InlineData("SqlServer", "Server=127.0.0.1;Database=hsg;User Id=hsg", "BACKUP DATABASE", "RESTORE DATABASE")]
    public async Task For_a_database_server_the_command_prints_the_documented_procedure_and_fails(string provider, string connectionString, string backup, string restore)
    {
        var run = await OperatorCommand.RunAsync(
            new Dictionary<string, string> { ["Database__Provider"] = provider, ["ConnectionStrings__Default"] = connectionString },
            "backup", "/var/backups/hsg/disclosure.bak");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(backup, run.Errors, StringComparison.Ordinal);
        Assert.Contains(restore, run.Errors, StringComparison.Ordinal);
        Assert.Contains("docs/operations.md", run.Errors, StringComparison.Ordinal);
    }
}
