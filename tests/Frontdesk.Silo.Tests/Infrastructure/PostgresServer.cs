using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL server for the whole run: the one named by FRONTDESK_TEST_POSTGRES, or a throwaway
/// cluster started here. Each test takes a fresh database of its own.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private TemporaryPostgres? _owned;
    private string? _external;

    public async Task InitializeAsync()
    {
        _external = Environment.GetEnvironmentVariable("FRONTDESK_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(_external)) _owned = await TemporaryPostgres.StartAsync();
    }

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        if (_owned is not null) return await _owned.CreateDatabaseAsync(prefix);
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40].ToLowerInvariant();
        await using var connection = new Npgsql.NpgsqlConnection(_external);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new Npgsql.NpgsqlConnectionStringBuilder(_external) { Database = name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
