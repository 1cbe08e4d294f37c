using Npgsql;

namespace Frontdesk.Silo.Journal.Postgres;

/// <summary>
/// The cluster's leader is the node holding a session advisory lock on a connection it keeps open. When that
/// node dies or loses its connection, PostgreSQL ends the session, frees the lock, and another node takes it.
/// </summary>
internal sealed class PostgresLeadership(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    private const long LeaderLock = 0x46726F6E74_01;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _connection;
    private bool _held;

    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
            // Asking again while holding it would stack the lock; a cheap query proves the session still lives.
            await using var command = new NpgsqlCommand(_held ? "SELECT true" : $"SELECT pg_try_advisory_lock({LeaderLock})", _connection);
            _held = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            return _held;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await DropAsync();
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task DropAsync()
    {
        _held = false;
        if (_connection is null) return;
        try
        {
            // A pooled connection keeps its session: the lock must be let go before it goes back.
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection);
            await unlock.ExecuteNonQueryAsync();
        }
        catch (Exception)
        {
            // A broken connection is not pooled again, and its session (with the lock) ends with it.
        }
        await _connection.DisposeAsync();
        _connection = null;
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await DropAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
