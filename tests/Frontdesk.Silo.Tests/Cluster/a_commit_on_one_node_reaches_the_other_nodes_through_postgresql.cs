using System.Collections.Concurrent;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Cluster;

[Collection(PostgresCollection.Name)]
public sealed class a_commit_on_one_node_reaches_the_other_nodes_through_postgresql(PostgresServer server)
{
    [Fact]
    public async Task the_other_node_forwards_it_to_its_subscribers_and_refreshes_its_activation()
    {
        var database = await server.CreateDatabaseAsync("feed");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.PostgresAsync(database);
        var heardInWest = new ConcurrentQueue<GrainChange>();
        using var subscription = west.ChangeFeed.Subscribe(heardInWest.Enqueue);
        Assert.Equal(0, await west.Grains.GetGrain<ICounterGrain>("board").GetAsync()); // west holds an activation at v0

        for (var i = 1; i <= 5; i++) await east.Grains.GetGrain<ICounterGrain>("board").AddAsync(i);

        await Eventually.TrueAsync(() => heardInWest.Any(c => c.Version == 5), "west to hear of east's fifth commit");
        var remote = heardInWest.Where(c => c.FromOtherNode).ToList();
        Assert.Equal([1L, 2, 3, 4, 5], remote.Select(c => c.Version));
        Assert.Equal([1, 2, 3, 4, 5], remote.SelectMany(c => c.Events).Cast<CounterAdded>().Select(e => e.Amount));

        // A read changes nothing in the journal, so only the notification can have refreshed west's activation.
        Assert.Equal(15, await west.Grains.GetGrain<ICounterGrain>("board").GetAsync());
        Assert.Equal(0, west.Statistics.AppendConflicts);
        Assert.Single(west.Probe.Activations);
    }

    [Fact]
    public async Task a_node_ignores_its_own_notifications()
    {
        var database = await server.CreateDatabaseAsync("own");
        await using var silo = await TestSilo.PostgresAsync(database);
        var heard = new ConcurrentQueue<GrainChange>();
        using var subscription = silo.ChangeFeed.Subscribe(heard.Enqueue);

        for (var i = 0; i < 3; i++) await silo.Grains.GetGrain<ICounterGrain>("mine").AddAsync(1);
        await using var other = await TestSilo.PostgresAsync(database);
        await other.Grains.GetGrain<ICounterGrain>("marker").AddAsync(1);
        await Eventually.TrueAsync(() => heard.Any(c => c.Grain.Key == "marker"), "the other node's marker commit");

        Assert.Equal(3, heard.Count(c => c.Grain.Key == "mine"));
        Assert.All(heard.Where(c => c.Grain.Key == "mine"), c => Assert.False(c.FromOtherNode));
    }
}
