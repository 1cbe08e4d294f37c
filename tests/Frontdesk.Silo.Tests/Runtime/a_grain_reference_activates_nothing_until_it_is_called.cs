using Frontdesk.Silo.Tests.Grains;
using Frontdesk.Silo.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Silo.Tests.Runtime;

public sealed class a_grain_reference_activates_nothing_until_it_is_called
{
    [Fact]
    public async Task the_first_call_activates_and_later_references_reach_the_same_activation()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));

        var echo = silo.Grains.GetGrain<IEchoGrain>("desk-1");
        Assert.Equal(0, silo.Host.ActivationCount);
        Assert.Empty(silo.Probe.Activations);

        Assert.Equal("desk-1:hello", await echo.EchoAsync("hello"));
        await silo.Grains.GetGrain<IEchoGrain>("desk-1").EchoAsync("again");

        Assert.Equal(1, silo.Host.ActivationCount);
        Assert.Single(silo.Probe.Activations);
        Assert.Equal(2, await echo.CallsAsync());
        Assert.Equal(new GrainId("EchoGrain", "desk-1"), ((Frontdesk.Silo.Runtime.GrainProxy)(object)echo).GrainId);
    }

    [Fact]
    public async Task a_reference_stays_valid_across_a_deactivation()
    {
        using var folder = new TempFolder();
        await using var silo = await TestSilo.SqliteAsync(folder.File("journal.db"));
        var echo = silo.Grains.GetGrain<IEchoGrain>("desk-2");
        await echo.EchoAsync("one");

        // The answer may reach us a moment before the activation has left its turn loop.
        await Eventually.TrueAsync(() => silo.Host.CollectIdleActivations(TimeSpan.Zero) == 1, "the activation to be collected");
        Assert.Equal(0, silo.Host.ActivationCount);

        Assert.Equal("desk-2:two", await echo.EchoAsync("two"));
        Assert.Equal(1, await echo.CallsAsync()); // in-memory state went with the old activation
        Assert.Equal(2, silo.Probe.Activations.Count);
    }
}
