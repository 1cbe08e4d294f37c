using Frontdesk.Silo.Journal;
using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class each_call_that_changes_a_grain_leaves_one_audit_entry_with_its_caller_in_the_same_commit
{
    private static readonly Caller Alice = new("alice", "staff", ["Receptionist"], "branch-1", "10.0.0.7");

    [Fact]
    public async Task fifty_concurrent_calls_folded_into_few_commits_leave_fifty_entries_whose_before_and_after_chain()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("c");

        Caller.Current = Alice;
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => counter.AddAsync(1)));
        Caller.Current = null;

        var entries = (await Audit(silo, "test-counter/c")).OrderBy(e => e.Version).ToList();
        Assert.Equal(50, entries.Count);
        Assert.True(silo.Statistics.Commits < 50, "the calls were folded into fewer commits");
        Assert.All(entries, e => Assert.Equal((Alice.Actor, Alice.ActorKind, Alice.Branch, Alice.RemoteAddress, "AddAsync"),
            (e.Actor, e.ActorKind, e.Branch, e.RemoteAddress, e.Command)));
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), entries.Select(e => e.Before!.Value.GetProperty("value").GetInt64()));
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), entries.Select(e => e.After!.Value.GetProperty("value").GetInt64()));
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), entries.Select(e => e.Version));
    }

    [Fact]
    public async Task a_call_that_throws_leaves_no_entry_and_one_that_confirms_midway_leaves_one()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("c");

        await Assert.ThrowsAsync<InvalidOperationException>(() => counter.AddThenFailAsync(5));
        await counter.AddAndConfirmAsync(2);
        await counter.GetAsync();

        var entry = Assert.Single(await Audit(silo, "test-counter/c"));
        Assert.Equal(("system", "AddAndConfirmAsync", 2L), (entry.Actor, entry.Command, entry.After!.Value.GetProperty("value").GetInt64()));
    }

    [Fact]
    public async Task a_call_that_commits_twice_is_still_one_entry_from_its_first_before_to_its_last_after()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("c");
        await counter.AddAsync(10);

        Caller.Current = Alice;
        var task = counter.AddConfirmAndAddAgainAsync(2, 3);
        Caller.Current = null;
        await task;

        var entries = (await Audit(silo, "test-counter/c")).OrderBy(e => e.Version).ToList();
        Assert.Equal(2, entries.Count);
        var twice = entries[1];
        Assert.Equal(("alice", "AddConfirmAndAddAgainAsync", 3L), (twice.Actor, twice.Command, twice.Version));
        Assert.Equal((10L, 15L), (twice.Before!.Value.GetProperty("value").GetInt64(), twice.After!.Value.GetProperty("value").GetInt64()));
        Assert.Equal(["CounterAdded", "CounterAdded"], twice.Events);
    }

    [Fact]
    public async Task the_caller_is_carried_into_the_grain_calls_a_turn_makes()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));

        Caller.Current = Alice;
        var task = silo.Grains.GetGrain<IChainGrain>("outer").AddThroughAsync("inner-counter", 3);
        Caller.Current = null;
        await task;

        var entry = Assert.Single(await Audit(silo, "test-counter/inner-counter"));
        Assert.Equal("alice", entry.Actor);
    }

    private static async Task<IReadOnlyList<AuditEntry>> Audit(TestSilo silo, string subject) =>
        (await silo.Index.QueryAsync<AuditEntry>(new IndexQuery(AuditEntry.Index) { KeyPrefix = $"{subject}|" })).Select(h => h.Data).ToList();
}
