using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using HuangshigangDisclosure.Web.Infrastructure;
using HuangshigangDisclosure.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HuangshigangDisclosure.Web.Tests.Operations;

/// <summary>
/// A database that cannot be reached gets the friendly Chinese 503 page, and the portal serves again as soon
/// as it is back. (scripts/fault-postgres.sh stops a real PostgreSQL; here every command fails as Npgsql
/// fails when the server refuses connections.)
/// </summary>
public class DatabaseOutageTests
{
    private sealed class Outage : DbCommandInterceptor
    {
        public volatile bool Down;

        private void ThrowIfDown()
        {
            if (Down)
            {
                throw new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
            }
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ThrowIfDown();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            ThrowIfDown();
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    private sealed class OutagePortal : PortalFactory
    {
        public Outage Outage { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IDbCommandInterceptor>(Outage));
        }
    }

    [Fact]
    public async Task While_the_database_is_away_pages_answer_503_with_the_chinese_page_and_serve_again_when_it_returns()
    {
        await using var portal = new OutagePortal();
        using var client = portal.CreatePortalClient();
        await client.LogInOkAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Publications")).StatusCode);

        portal.Outage.Down = true;
        var away = await client.Http.GetAsync("/Publications");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
        var page = await PortalClient.ParseAsync(away);
        Assert.Contains("系统暂时无法使用", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("数据库暂时无法连接", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("NpgsqlException", page.Body.TextContent, StringComparison.Ordinal);

        portal.Outage.Down = false;
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Publications")).StatusCode);
    }

    [Fact]
    public void Only_failures_to_reach_the_database_count_as_the_database_being_away()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(DatabaseUnavailable.Is(refused));
        Assert.True(DatabaseUnavailable.Is(new DbUpdateException("save failed", refused)));
        Assert.True(DatabaseUnavailable.Is(new SqliteException("database is locked", 5)));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("wrapped", new SocketException((int)SocketError.TimedOut))));

        Assert.False(DatabaseUnavailable.Is(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(DatabaseUnavailable.Is(new DbUpdateConcurrencyException("edited meanwhile")));
        Assert.Equal(500, DatabaseUnavailable.StatusCodeFor(new InvalidOperationException("a bug")));
        Assert.Equal(503, DatabaseUnavailable.StatusCodeFor(refused));
    }
}
