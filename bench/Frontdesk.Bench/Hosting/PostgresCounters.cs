using Npgsql;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// Counts the server's write transactions (transaction ids handed out), so a run can say how many grain
/// commits each database transaction carried. Scenarios run one after another, so the count is theirs.
/// </summary>
internal static class PostgresCounters
{
    public static async Task<long> WriteTransactionsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // txid_current() itself takes an id: read-only instead, via the next id to be handed out.
        await using var command = new NpgsqlCommand("SELECT txid_current_snapshot()::text", connection);
        var snapshot = (string)(await command.ExecuteScalarAsync())!;
        return long.Parse(snapshot.Split(':')[1]);
    }
}
