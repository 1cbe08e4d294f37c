using Frontdesk.Silo.Hosting;
using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Journal.Postgres;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class postgresql_meets_the_journal_contract(PostgresServer server) : JournalStorageContract
{
    protected override async Task<IJournalStorage> CreateAsync() =>
        new PostgresJournalStorage(JournalStorageFactory.CreateDataSource(await server.CreateDatabaseAsync("contract")), "contract-node");

    [Fact]
    public async Task two_nodes_migrating_at_once_both_succeed()
    {
        var connectionString = await server.CreateDatabaseAsync("migrate");
        await using var first = new PostgresJournalStorage(JournalStorageFactory.CreateDataSource(connectionString), "a");
        await using var second = new PostgresJournalStorage(JournalStorageFactory.CreateDataSource(connectionString), "b");

        await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None));

        Assert.Equal(new[] { true }, await first.AppendAsync([new JournalAppend("t", "k", 1, 1, Guid.NewGuid(), "[]")], CancellationToken.None));
    }
}
