using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_thousand_concurrent_increments_end_at_a_thousand_one_turn_at_a_time
{
    [Fact]
    public async Task every_increment_counts_and_no_two_calls_are_ever_inside_at_once()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("hot");

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(() => counter.ProbeConcurrencyAsync())));

        Assert.Equal(1000, await counter.GetAsync());
        Assert.Equal(1, await counter.MaxConcurrencyAsync());
        // Each caller got the value its own turn produced, not a shared one.
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), answers.Order());
    }

    [Fact]
    public async Task calls_waiting_in_the_mailbox_share_appends_but_keep_their_own_answers()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("batched");
        await counter.AddAsync(0);
        var commitsBefore = silo.Statistics.Commits;

        var answers = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => counter.AddAsync(1)));

        Assert.Equal(Enumerable.Range(1, 1000).Select(i => (long)i), answers.Order());
        Assert.Equal(1001, await counter.VersionAsync());
        var commits = silo.Statistics.Commits - commitsBefore;
        Assert.True(commits < 1000, $"1,000 queued calls took {commits} appends: they were not folded together");

        // And what was answered is what the journal holds.
        var stored = await silo.Storage.ReadCommitsAsync("test-counter", "batched", 0, CancellationToken.None);
        Assert.Equal(1001, stored[^1].LastVersion);
        Assert.Equal(stored.Count, stored.Select(c => c.FirstVersion).Distinct().Count());
    }
}
