using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using Polly.Timeout;

namespace Frontdesk.Silo.Journal;

/// <summary>Which database failures are worth retrying: lost connections, timeouts, a busy file; never a bad statement.</summary>
internal static class TransientFailures
{
    public static bool IsTransient(Exception ex) => ex switch
    {
        PostgresException pg => pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal)
            || pg.SqlState is "57P01" or "57P02" or "57P03" or "53300" or "40001" or "40P01",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6, // SQLITE_BUSY, SQLITE_LOCKED
        TimeoutRejectedException or TimeoutException or SocketException or IOException => true,
        _ => false,
    };
}
