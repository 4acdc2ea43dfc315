using HuangshigangDisclosure.Core.Accounts;
using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuangshigangDisclosure.Web.Startup;

/// <summary>At start: apply migrations, make sure the roles exist, load demo data if asked, create the first admin.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var configuration = provider.GetRequiredService<IConfiguration>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

        if (configuration.GetValue("Database:MigrateAtStart", true))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Readers never wait for the writer; the setting is kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (configuration.GetValue("Demo:Enabled", false))
        {
            await DemoData.SeedAsync(provider, logger, cancellationToken);
        }

        await BootstrapAdmin.EnsureAsync(provider, configuration, logger);
    }
}
