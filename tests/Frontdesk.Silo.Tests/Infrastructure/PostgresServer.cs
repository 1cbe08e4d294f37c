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

    public Task<string> CreateDatabaseAsync(string prefix) =>
        _owned is not null ? _owned.CreateDatabaseAsync(prefix) : TemporaryPostgres.CreateDatabaseOnAsync(_external!, prefix);

    public async Task DisposeAsync()
    {
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
