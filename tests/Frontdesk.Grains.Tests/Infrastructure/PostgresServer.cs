using Frontdesk.TestSupport;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>One real PostgreSQL server for the run (FRONTDESK_TEST_POSTGRES, or a throwaway cluster); a database per test.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private TemporaryPostgres? _owned;

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("FRONTDESK_TEST_POSTGRES"))) _owned = await TemporaryPostgres.StartAsync();
    }

    public Task<string> CreateDatabaseAsync(string prefix) =>
        _owned is not null ? _owned.CreateDatabaseAsync(prefix) : TemporaryPostgres.CreateDatabaseOnAsync(Environment.GetEnvironmentVariable("FRONTDESK_TEST_POSTGRES")!, prefix);

    public async Task DisposeAsync()
    {
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
