using Npgsql;

namespace Frontdesk.Bench.Cluster;

/// <summary>
/// The baseline: how common open-source schedulers book. One table of appointments; a booking reads whether anything
/// overlaps the slot and, if not, inserts, in one READ COMMITTED transaction (a move reads, then updates). Nothing
/// stops two transactions from both reading "free" and both writing: the double bookings it lets through are counted
/// afterwards by a query.
/// </summary>
internal sealed class NaiveScheduler(NpgsqlDataSource data) : IAsyncDisposable
{
    private const string Overlapping = "SELECT 1 FROM naive_appointments WHERE day = $1 AND start_min < $3 AND end_min > $2 AND id <> $4 LIMIT 1";

    public static async Task<NaiveScheduler> CreateAsync(string connectionString)
    {
        var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 200, NoResetOnClose = true }.ConnectionString);
        await using var create = data.CreateCommand("""
            CREATE TABLE IF NOT EXISTS naive_appointments (id bigserial PRIMARY KEY, day text NOT NULL, start_min int NOT NULL, end_min int NOT NULL);
            CREATE INDEX IF NOT EXISTS naive_appointments_day ON naive_appointments (day, start_min);
            TRUNCATE naive_appointments;
            """);
        await create.ExecuteNonQueryAsync();
        return new NaiveScheduler(data);
    }

    /// <summary>The new appointment's id, or null when the read found the slot taken.</summary>
    public async Task<long?> BookAsync(string day, int start, int end)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted);
        if (await TakenAsync(connection, day, start, end, excluding: 0)) return null;
        await using var insert = new NpgsqlCommand("INSERT INTO naive_appointments (day, start_min, end_min) VALUES ($1, $2, $3) RETURNING id", connection);
        insert.Parameters.Add(new() { Value = day });
        insert.Parameters.Add(new() { Value = start });
        insert.Parameters.Add(new() { Value = end });
        var id = (long)(await insert.ExecuteScalarAsync())!;
        await transaction.CommitAsync();
        return id;
    }

    public async Task<bool> MoveAsync(long id, string day, int start, int end)
    {
        await using var connection = await data.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted);
        if (await TakenAsync(connection, day, start, end, excluding: id)) return false;
        await using var update = new NpgsqlCommand("UPDATE naive_appointments SET start_min = $2, end_min = $3 WHERE id = $1", connection);
        update.Parameters.Add(new() { Value = id });
        update.Parameters.Add(new() { Value = start });
        update.Parameters.Add(new() { Value = end });
        await update.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
        return true;
    }

    public async Task CancelAsync(long id)
    {
        await using var delete = data.CreateCommand("DELETE FROM naive_appointments WHERE id = $1");
        delete.Parameters.Add(new() { Value = id });
        await delete.ExecuteNonQueryAsync();
    }

    /// <summary>Pairs of appointments of one day that overlap.</summary>
    public async Task<long> DoubleBookingsAsync()
    {
        await using var count = data.CreateCommand("""
            SELECT count(*) FROM naive_appointments a JOIN naive_appointments b
              ON a.day = b.day AND a.id < b.id AND a.start_min < b.end_min AND b.start_min < a.end_min
            """);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<bool> TakenAsync(NpgsqlConnection connection, string day, int start, int end, long excluding)
    {
        await using var read = new NpgsqlCommand(Overlapping, connection);
        read.Parameters.Add(new() { Value = day });
        read.Parameters.Add(new() { Value = start });
        read.Parameters.Add(new() { Value = end });
        read.Parameters.Add(new() { Value = excluding });
        return await read.ExecuteScalarAsync() is not null;
    }

    public ValueTask DisposeAsync() => data.DisposeAsync();
}
