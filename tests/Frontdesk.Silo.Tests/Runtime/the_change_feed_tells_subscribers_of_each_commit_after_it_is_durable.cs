using System.Collections.Concurrent;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class the_change_feed_tells_subscribers_of_each_commit_after_it_is_durable
{
    [Fact]
    public async Task a_subscriber_gets_grain_version_and_events_of_every_commit_in_order()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var changes = new ConcurrentQueue<GrainChange>();
        using var subscription = silo.ChangeFeed.Subscribe(changes.Enqueue);
        var counter = silo.Grains.GetGrain<ICounterGrain>("fed");

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i => counter.AddAsync(i)));

        var seen = changes.Where(c => c.Grain == new GrainId("test-counter", "fed")).ToList();
        Assert.Equal(40, seen.Sum(c => c.Events.Count));
        Assert.Equal(Enumerable.Range(1, 40).Sum(), seen.SelectMany(c => c.Events).Cast<CounterAdded>().Sum(e => e.Amount));
        // Versions are contiguous: each change starts where the previous one ended.
        for (var i = 0; i < seen.Count; i++)
        {
            Assert.Equal(i == 0 ? 1 : seen[i - 1].Version + 1, seen[i].FirstVersion);
            Assert.Equal(seen[i].FirstVersion + seen[i].Events.Count - 1, seen[i].Version);
            Assert.False(seen[i].FromOtherNode);
        }
    }

    [Fact]
    public async Task a_failed_call_publishes_nothing()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var changes = new ConcurrentQueue<GrainChange>();
        using var subscription = silo.ChangeFeed.Subscribe(changes.Enqueue);

        await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Grains.GetGrain<ICounterGrain>("quiet").AddThenFailAsync(1));

        Assert.Empty(changes);
    }
}
