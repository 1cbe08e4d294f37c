using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class confirming_inside_a_turn_makes_the_events_durable_before_it_goes_on
{
    [Fact]
    public async Task the_version_seen_after_confirm_is_already_in_the_journal()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var counter = silo.Grains.GetGrain<ICounterGrain>("confirm");

        var versions = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => counter.AddAndConfirmAsync(2)));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), versions.Order());
        var stored = await silo.Storage.ReadCommitsAsync("test-counter", "confirm", 0, CancellationToken.None);
        Assert.Equal(50, stored[^1].LastVersion);
        Assert.Equal(100, await counter.GetAsync());
    }
}
