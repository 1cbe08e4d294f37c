using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>Each test of a deriving class gets a chain of its own on a fresh SQLite file (xUnit makes an instance per test).</summary>
public abstract class OnFreshChain : IAsyncLifetime
{
    protected TestChain Chain { get; private set; } = null!;
    protected ICatalogGrain Catalog => Chain.Catalog;
    protected ClientDirectory Directory => Chain.Service<ClientDirectory>();

    protected ISpecialistScheduleGrain Schedule(string specialistId) => Chain.Grains.GetGrain<ISpecialistScheduleGrain>(specialistId);

    public async Task InitializeAsync()
    {
        Chain = await TestChain.StartAsync();
        await GivenAsync();
    }

    /// <summary>What every test of the class starts from.</summary>
    protected virtual Task GivenAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Chain.DisposeAsync();
}
