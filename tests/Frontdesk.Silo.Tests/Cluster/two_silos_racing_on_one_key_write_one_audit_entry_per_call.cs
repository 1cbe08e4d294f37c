using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;

namespace Frontdesk.Silo.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class two_silos_racing_on_one_key_write_one_audit_entry_per_call(PostgresServer server)
{
    [Fact]
    public async Task calls_re_run_after_lost_appends_are_audited_once_each()
    {
        var database = await server.CreateDatabaseAsync("audit-race");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.PostgresAsync(database);

        Caller.Current = new Caller("racer", "staff", [], null, null);
        // Batching may let one node finish a round before the other starts: rounds go on until the nodes have raced.
        var calls = 0;
        for (var round = 0; round < 20 && east.Statistics.AppendConflicts + west.Statistics.AppendConflicts == 0; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i => (i % 2 == 0 ? east : west).Grains.GetGrain<ICounterGrain>("hot").AddAsync(1)));
            calls += 200;
        }
        Caller.Current = null;

        var entries = await east.Index.QueryAsync<AuditEntry>(new IndexQuery(AuditEntry.Index) { KeyPrefix = "test-counter/hot|", Limit = 10_000 });
        Assert.True(east.Statistics.AppendConflicts + west.Statistics.AppendConflicts > 0, $"the two nodes never raced in {calls} calls");
        Assert.Equal(calls, entries.Count);
        Assert.Equal(Enumerable.Range(1, calls).Select(i => (long)i), entries.Select(e => e.Data.Version).Order());
        Assert.All(entries, e => Assert.Equal("racer", e.Data.Actor));
    }
}
