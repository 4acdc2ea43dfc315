using HuangshigangDisclosure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of a SQLite database taken with SQLite's online backup API,
/// safe while the portal runs and writes. PostgreSQL and SQL Server have their own tools; for them
/// the command prints the documented procedure instead (docs/operations.md) and fails.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<int> RunAsync(IServiceProvider services, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            await Console.Error.WriteLineAsync("Usage: backup FILE   (e.g. backup /var/backups/hsg/disclosure-2022-10-21.db)");
            return 2;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        var provider = DatabaseSetup.ReadProvider(configuration);
        if (provider != DatabaseProvider.Sqlite)
        {
            await Console.Error.WriteLineAsync(Procedure(provider, target));
            return 3;
        }

        await using var scope = services.CreateAsyncScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString();
        var source = new SqliteConnectionStringBuilder(connectionString);
        if (!File.Exists(source.DataSource))
        {
            await Console.Error.WriteLineAsync($"No database file at {source.DataSource}: nothing to back up.");
            return 1;
        }

        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"{file} exists already; choose a new file name (a backup never overwrites another).");
            return 1;
        }

        if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Written beside the target and renamed when complete: a failed run leaves no half a backup under the name.
        var partial = file + ".partial";
        File.Delete(partial);
        await using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source.DataSource, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        await using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString()))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            await using var check = to.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)await check.ExecuteScalarAsync();
            if (result != "ok")
            {
                await Console.Error.WriteLineAsync($"The copy failed SQLite's integrity check ({result}); it is left at {partial}.");
                return 1;
            }
        }

        File.Move(partial, file);
        Console.WriteLine($"Backed up {source.DataSource} to {file} ({new FileInfo(file).Length:N0} bytes).");
        return 0;
    }

    /// <summary>What to run instead, for the servers that back themselves up.</summary>
    public static string Procedure(DatabaseProvider provider, string target) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            "Database:Provider is PostgreSql: this command backs up SQLite only. Use PostgreSQL's own tools (docs/operations.md):" + Environment.NewLine +
            $"  backup:  pg_dump --format=custom --file={target} --dbname=\"$CONNECTION\"" + Environment.NewLine +
            $"  restore: pg_restore --clean --if-exists --no-owner --dbname=\"$CONNECTION\" {target}",
        DatabaseProvider.SqlServer =>
            "Database:Provider is SqlServer: this command backs up SQLite only. Use SQL Server's own backup (docs/operations.md):" + Environment.NewLine +
            $"  backup:  BACKUP DATABASE [HuangshigangDisclosure] TO DISK = N'{target}' WITH COPY_ONLY, CHECKSUM, INIT;" + Environment.NewLine +
            $"  restore: RESTORE DATABASE [HuangshigangDisclosure] FROM DISK = N'{target}' WITH REPLACE, CHECKSUM;",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
