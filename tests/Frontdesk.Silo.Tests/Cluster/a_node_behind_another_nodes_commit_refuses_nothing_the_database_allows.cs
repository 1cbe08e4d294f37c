using System.Collections.Concurrent;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport.Cluster;

namespace Frontdesk.Silo.Tests.Cluster;

/// <summary>
/// A load balancer may send a receptionist's "cancel" to another node a millisecond after "book" was answered, before that
/// node has heard of the booking. The west node here never hears (see <see cref="DeafNodeStorage"/>), so only the check
/// of a refusal against the stored version can keep it from refusing on a stale state.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class a_node_behind_another_nodes_commit_refuses_nothing_the_database_allows(PostgresServer server)
{
    [Fact]
    public async Task a_refusal_on_stale_state_is_run_again_on_the_stored_state_and_succeeds()
    {
        var database = await server.CreateDatabaseAsync("stale-refusal");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.StartAsync(silo => silo.UseStorage(_ => new DeafNodeStorage(database, "west")));
        Assert.Equal(0, await west.Grains.GetGrain<ICounterGrain>("stock").GetAsync()); // west holds an activation at v0

        await east.Grains.GetGrain<ICounterGrain>("stock").AddAsync(5);
        var left = await west.Grains.GetGrain<ICounterGrain>("stock").TakeAsync(3);

        Assert.Equal(2, left);
        Assert.Equal(1, west.Statistics.StaleRefusals);
        Assert.Equal(0, west.Statistics.AppendConflicts);
        Assert.Equal(2, await east.Grains.GetGrain<ICounterGrain>("stock").TakeAsync(0));
    }

    [Fact]
    public async Task a_refusal_on_current_state_is_answered_once_the_database_confirms_nothing_is_newer()
    {
        var database = await server.CreateDatabaseAsync("true-refusal");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.StartAsync(silo => silo.UseStorage(_ => new DeafNodeStorage(database, "west")));
        await east.Grains.GetGrain<ICounterGrain>("stock").AddAsync(5);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => west.Grains.GetGrain<ICounterGrain>("stock").TakeAsync(6));

        Assert.Equal("only 5 left, 6 asked", refused.Message);
        Assert.Equal(0, west.Statistics.StaleRefusals);
        Assert.Equal(5, await west.Grains.GetGrain<ICounterGrain>("stock").GetAsync());
    }

    [Fact]
    public async Task forty_callers_on_two_nodes_take_exactly_what_was_there_and_the_stale_node_takes_its_share()
    {
        const int Stock = 600;
        var database = await server.CreateDatabaseAsync("stale-race");
        await using var east = await TestSilo.PostgresAsync(database);
        await using var west = await TestSilo.StartAsync(silo => silo.UseStorage(_ => new DeafNodeStorage(database, "west")));
        await west.Grains.GetGrain<ICounterGrain>("stock").GetAsync(); // west believes the stock is empty
        await east.Grains.GetGrain<ICounterGrain>("stock").AddAsync(Stock);
        var taken = new ConcurrentDictionary<string, ConcurrentBag<long>>(new Dictionary<string, ConcurrentBag<long>> { ["east"] = [], ["west"] = [] });
        var refusals = new ConcurrentBag<string>();
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task TakeUntilRefused(string name, TestSilo node)
        {
            await go.Task;
            while (true)
            {
                try
                {
                    taken[name].Add(await node.Grains.GetGrain<ICounterGrain>("stock").TakeAsync(1));
                }
                catch (InvalidOperationException refusal)
                {
                    refusals.Add(refusal.Message);
                    return;
                }
                catch (GrainConcurrencyException)
                {
                    // Lost every race to the other node's writers: nothing was stored, and the caller tries again.
                }
            }
        }
        var callers = Enumerable.Range(0, 40).Select(i => Task.Run(() => i % 2 == 0 ? TakeUntilRefused("east", east) : TakeUntilRefused("west", west))).ToList();
        go.SetResult();
        await Task.WhenAll(callers);

        var all = taken.Values.SelectMany(t => t).Order().ToList();
        Assert.Equal(Enumerable.Range(0, Stock).Select(v => (long)v), all);
        // Without the check every west caller would be refused at once on the empty stock it last saw.
        Assert.NotEmpty(taken["west"]);
        Assert.NotEmpty(taken["east"]);
        Assert.Equal(40, refusals.Count);
        Assert.All(refusals, message => Assert.Equal("only 0 left, 1 asked", message));
        Assert.Equal(0, await west.Grains.GetGrain<ICounterGrain>("stock").GetAsync());
    }
}
