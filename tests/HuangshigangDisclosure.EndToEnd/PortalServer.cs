using HuangshigangDisclosure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HuangshigangDisclosure.EndToEnd;

/// <summary>
/// The real portal on Kestrel at http://127.0.0.1:{free port}, for a browser outside the process.
/// Each instance has its own temporary folder with a fresh SQLite file (demo data loaded at start:
/// 25 units, admin / leader / one liaison per unit, password <see cref="Web.Startup.DemoData.Password"/>)
/// and its own log file. Use it as a class fixture: one server per test class.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    public PortalServer()
    {
        Folder = Path.Combine(Path.GetTempPath(), "hsg-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        UseKestrel(0);
    }

    /// <summary>The temporary folder holding this server's database and logs; deleted on dispose.</summary>
    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public string ConnectionString => $"Data Source={DatabasePath}";

    public string LogFolder => Path.Combine(Folder, "logs");

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41235/ (known once started).</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        // The app reads the database settings while it registers its services, before the factory's
        // ConfigureAppConfiguration sources are added (they only arrive when the host is built).
        // UseSetting values reach Program as command-line arguments, early enough. Flat keys only.
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        // An in-memory collection, not UseSetting: nested settings (Serilog's file path) set with
        // UseSetting were silently dropped. Added last, so these values win over appsettings*.json.
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:MigrateAtStart"] = "true",
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Demo:Enabled"] = "true",
            ["Logging:File:Path"] = Path.Combine(LogFolder, "portal-.log"),
            // Every browser of the suite logs in from 127.0.0.1.
            ["RateLimiting:LoginAttemptsPerWindow"] = "100000",
        }));
    }

    public ValueTask InitializeAsync()
    {
        StartServer();
        if (BaseAddress.Host != "127.0.0.1" || BaseAddress.Port == 0)
        {
            throw new InvalidOperationException($"The portal should listen on 127.0.0.1 on a free port, not {BaseAddress}.");
        }

        // Never let a test write into a developer's own database: the override must have reached the app.
        using var scope = Services.CreateScope();
        var connectionString = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetConnectionString();
        if (connectionString is null || !connectionString.Contains(DatabasePath, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The portal uses '{connectionString}', not the test database {DatabasePath}.");
        }

        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("HSG_KEEP_TEST_DATA") is not { Length: > 0 })
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open is left for the system's temp cleaning.
            }
        }
    }
}
