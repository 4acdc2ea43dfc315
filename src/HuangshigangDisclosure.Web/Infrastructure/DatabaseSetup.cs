using HuangshigangDisclosure.Data;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Infrastructure;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>The <c>Database</c> section: which provider, and the <c>ConnectionStrings:Default</c> it uses.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider '{value}' is not supported. Use Sqlite, SqlServer or PostgreSql.");
    }

    /// <summary>
    /// Registers the context for the configured provider. Configuration is read when the first
    /// context is built, not now, so settings added after start-up code ran (tests, hosts) apply.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services) =>
        services.AddAppDbContext((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            Configure(options, ReadProvider(configuration), configuration.GetConnectionString("Default"), provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        });

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString, string contentRoot)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteConnectionString(connectionString, contentRoot);
        }
        else if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Default.");
        }

        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString,
                x => x.MigrationsAssembly(typeof(Migrations.Sqlite.Marker).Assembly)),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString,
                x => x.MigrationsAssembly(typeof(Migrations.SqlServer.Marker).Assembly)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString,
                x => x.MigrationsAssembly(typeof(Migrations.PostgreSql.Marker).Assembly)),
            _ => throw new InvalidOperationException($"Unknown provider {provider}."),
        };
    }

    /// <summary>The default SQLite file is App_Data/disclosure.db under the content root; its folder is created.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/disclosure.db" : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Several requests write at once: wait for the lock rather than fail at once.
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        return builder.ToString();
    }
}
