using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_call_back_into_a_waiting_grain_is_refused_not_hung
{
    [Fact]
    public async Task a_chain_that_comes_back_to_its_start_fails_at_once_with_the_chain_named()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));

        var error = await Assert.ThrowsAsync<DeadlockException>(
            () => silo.Grains.GetGrain<IChainGrain>("day").WalkAsync(["room", "day"]).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("ChainGrain/day → ChainGrain/room", error.Message);
    }

    [Fact]
    public async Task a_chain_through_distinct_grains_and_the_same_grain_later_on_its_own_both_work()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var day = silo.Grains.GetGrain<IChainGrain>("day");

        Assert.Equal("day > room > wallet", await day.WalkAsync(["room", "wallet"]));
        Assert.Equal("room > day", await silo.Grains.GetGrain<IChainGrain>("room").WalkAsync(["day"]));
    }
}
