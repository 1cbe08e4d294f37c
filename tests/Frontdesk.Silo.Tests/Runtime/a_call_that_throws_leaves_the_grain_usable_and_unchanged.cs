using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_call_that_throws_leaves_the_grain_usable_and_unchanged
{
    [Fact]
    public async Task the_events_it_raised_are_dropped_and_the_caller_gets_its_exception()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("c");
        await counter.AddAsync(5);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.AddThenFailAsync(100));

        Assert.Equal("refused after raising", error.Message);
        Assert.Equal(5, await counter.GetAsync());
        Assert.Equal(1, await counter.VersionAsync());
        Assert.Equal(6, await counter.AddAsync(1));
    }

    [Fact]
    public async Task failing_calls_mixed_into_a_batch_undo_only_themselves()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("mixed");

        var calls = Enumerable.Range(0, 300)
            .Select(i => i % 3 == 0 ? (Task)counter.AddThenFailAsync(1000) : counter.AddAsync(1))
            .ToArray();
        await Task.WhenAll(calls.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.Equal(100, calls.Count(c => c.IsFaulted));
        Assert.All(calls.Where(c => c.IsFaulted), c => Assert.IsType<InvalidOperationException>(c.Exception!.InnerException));
        Assert.Equal(200, await counter.GetAsync());
        Assert.Equal(200, await counter.VersionAsync());

        // The journal agrees after a fresh activation.
        await Eventually.TrueAsync(() => silo.Host.CollectIdleActivations(TimeSpan.Zero) == 1, "the activation to be collected");
        Assert.Equal(200, await counter.GetAsync());
    }
}
