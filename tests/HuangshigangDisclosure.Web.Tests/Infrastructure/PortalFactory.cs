using HuangshigangDisclosure.Data;
using HuangshigangDisclosure.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuangshigangDisclosure.Web.Tests.Infrastructure;

/// <summary>
/// The real portal on a real database of its own (one per test class: a SQLite file, or a PostgreSQL
/// database in the PostgreSql test project, see <see cref="TestDatabase"/>), with the demo units and
/// accounts loaded. A shiftable clock lets tests move time (idle sign-out, lockout).
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hsg-tests", Guid.NewGuid().ToString("N"));
    private string? _postgreSql;

    public TestClock Clock { get; } = new();

    public DatabaseProvider Provider => TestDatabase.Provider;

    /// <summary>The SQLite file (SQLite runs only).</summary>
    public string DatabasePath => Path.Combine(_folder, "disclosure.db");

    /// <summary>The connection string the app uses; on PostgreSQL the database is created on first use.</summary>
    public string ConnectionString => TestDatabase.IsPostgreSql
        ? _postgreSql ??= TestDatabase.CreatePostgreSqlAsync().GetAwaiter().GetResult()
        : $"Data Source={DatabasePath}";

    /// <summary>Settings a test class adds or overrides.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = Provider.ToString(),
                ["ConnectionStrings:Default"] = ConnectionString,
                ["Demo:Enabled"] = "true",
                ["Logging:File:Path"] = Path.Combine(_folder, "logs", "portal-.log"),
                ["Serilog:MinimumLevel:Default"] = "Warning",
                // Every test request comes from one address: only a test about the limit may reach it.
                ["RateLimiting:LoginAttemptsPerWindow"] = "100000",
            };
            foreach (var (key, value) in Settings)
            {
                settings[key] = value;
            }

            configuration.AddInMemoryCollection(settings);
        });
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingEndpointFilter>();
        });
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Runs <paramref name="work"/> against the app's own database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_postgreSql is not null)
        {
            await TestDatabase.DropPostgreSqlAsync(_postgreSql);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory.
        }
    }
}

/// <summary>Time that a test can move (forward, or to a day of the demo data); starts at the real now.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Moves time to <paramref name="now"/> (e.g. the demo data's 2022-09-30); it runs on from there.</summary>
    public void Set(DateTimeOffset now) => _offset = now - base.GetUtcNow();
}

/// <summary>Adds /test/throw, which fails with an exception, to prove no stack trace reaches a user.</summary>
internal sealed class ThrowingEndpointFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        next(app);
        // Runs after the portal's pipeline found no endpoint, so the portal's own error handling sees the exception.
        app.Use(async (Microsoft.AspNetCore.Http.HttpContext context, Microsoft.AspNetCore.Http.RequestDelegate following) =>
        {
            if (context.Request.Path == "/test/throw")
            {
                throw new InvalidOperationException("Sensitive detail: connection string Password=secret");
            }

            await following(context);
        });
    };
}
