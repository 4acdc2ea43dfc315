using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HuangshigangDisclosure.Web.Infrastructure;

/// <summary>
/// Tells "the database cannot be reached" (server down or restarting, connection refused or cut, SQLite
/// locked past its timeout) from other failures: those are answered 503 with the friendly page, not 500,
/// and the app serves again as soon as the database is back, without a restart.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>True when the exception or one of its inner exceptions is a failure to reach the database.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked;
                case DbException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The status for an unhandled exception: 503 when the database is away, else 500. Connections pooled
    /// before the server went down are dead; they are dropped now so that the first requests after its
    /// return do not fail on them.
    /// </summary>
    public static int StatusCodeFor(Exception exception)
    {
        if (!Is(exception))
        {
            return StatusCodes.Status500InternalServerError;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException)
            {
                NpgsqlConnection.ClearAllPools();
                break;
            }
        }

        return StatusCodes.Status503ServiceUnavailable;
    }
}
