using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_grains_index_is_written_with_its_commits
{
    [Fact]
    public async Task each_commit_leaves_the_entry_at_the_grains_new_state_and_version()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var small = silo.Grains.GetGrain<ICounterGrain>("small");
        var large = silo.Grains.GetGrain<ICounterGrain>("large");

        await small.AddAsync(3);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => large.AddAsync(10)));

        var all = await silo.Index.QueryAsync<CounterIndexed>(new IndexQuery("test-counters"));
        Assert.Equal(["small", "large"], all.Select(h => h.EntryId));
        Assert.Equal(new CounterIndexed(500, 50), all[1].Data);
        Assert.Equal(await large.VersionAsync(), all[1].Version);
        Assert.Equal(new GrainId("test-counter", "large"), all[1].Grain);
        var found = await silo.Index.FindAsync<CounterIndexed>("test-counters", "small");
        Assert.Equal(3, found!.Data.Value);
    }

    [Fact]
    public async Task a_call_that_throws_changes_nothing_in_the_index()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("c");
        await counter.AddAsync(4);

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.AddThenFailAsync(100));

        var entry = await silo.Index.FindAsync<CounterIndexed>("test-counters", "c");
        Assert.Equal(new CounterIndexed(4, 1), entry!.Data);
        Assert.Equal(1, entry.Version);
    }
}
