using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;
using Npgsql;

namespace Frontdesk.Silo.Tests.Cluster;

/// <summary>
/// After PostgreSQL restarts, a node serves again as soon as its queries work, which may be before its listening connection
/// is back: until then no notification tells it another node committed, so each turn reads the grain's tail itself. Here the
/// listening connection is cut and not retried for an hour, and the node must still never answer from a stale state.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class a_node_that_lost_its_listening_connection_reads_the_database_before_each_turn(PostgresServer server)
{
    [Fact]
    public async Task reads_and_commands_on_it_see_every_commit_made_on_another_node_meanwhile()
    {
        var database = await server.CreateDatabaseAsync("deaf");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.PostgresAsync(database + ";Application Name=west", o => o.ListenRetryDelay = TimeSpan.FromHours(1));
        Assert.Equal(0, await west.Grains.GetGrain<ICounterGrain>("board").GetAsync()); // west holds an activation at v0

        await using (var admin = new NpgsqlConnection(database))
        {
            await admin.OpenAsync();
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'west' AND query LIKE 'LISTEN%'", admin);
            Assert.Equal(1L, await cut.ExecuteScalarAsync());
        }
        await Eventually.TrueAsync(() => !west.Host.HearsOtherNodes, "west to notice it no longer hears the others");

        await east.Grains.GetGrain<ICounterGrain>("board").AddAsync(5);
        var afterFirst = await west.Grains.GetGrain<ICounterGrain>("board").GetAsync();
        await east.Grains.GetGrain<ICounterGrain>("board").AddAsync(7);
        var afterSecond = await west.Grains.GetGrain<ICounterGrain>("board").GetAsync();
        var taken = await west.Grains.GetGrain<ICounterGrain>("board").TakeAsync(12);

        Assert.Equal(5, afterFirst);
        Assert.Equal(12, afterSecond);
        Assert.Equal(0, taken);
        Assert.Equal(0, west.Statistics.AppendConflicts);
        Assert.False(west.Host.HearsOtherNodes);
        Assert.True(east.Host.HearsOtherNodes);
    }
}
