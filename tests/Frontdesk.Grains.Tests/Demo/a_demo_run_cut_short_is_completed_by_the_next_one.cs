using Frontdesk.Grains.Demo;
using Frontdesk.Grains.Tests.Infrastructure;

namespace Frontdesk.Grains.Tests.Demo;

public sealed class a_demo_run_cut_short_is_completed_by_the_next_one : OnFreshChain
{
    [Fact]
    public async Task what_the_first_run_wrote_is_not_written_twice_and_the_rest_is_added()
    {
        var today = DateOnly.FromDateTime(TestChain.DefaultNow.UtcDateTime);
        // The first run got as far as the directions and one client before the process died.
        foreach (var direction in DemoChain.Directions) await Catalog.UpsertDirectionAsync(direction);
        var anna = await Directory.FindOrRegisterAsync(DemoClients.All[0].Card);
        Assert.False(await Catalog.IsSetUpAsync());

        var report = await Chain.Service<DemoChainSeeder>().SeedAsync(today);

        Assert.True(report.Seeded);
        var catalog = await Catalog.GetAsync();
        Assert.Equal(DemoChain.Directions.Count, catalog.Directions.Count);
        Assert.Equal(12, catalog.Specialists.Count);
        Assert.Equal(anna.Id, Assert.Single(await Directory.SearchAsync("anna ivanova")).Id);
    }
}
