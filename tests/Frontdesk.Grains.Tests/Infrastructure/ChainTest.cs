using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>A test class with its own small chain on a fresh SQLite file, seeded before each test.</summary>
public abstract class ChainTest : IAsyncLifetime
{
    protected static readonly DateOnly Tuesday = new(2026, 11, 24);

    protected TestChain Chain { get; private set; } = null!;

    protected virtual Action<SiloOptions>? Options => null;

    public virtual async Task InitializeAsync()
    {
        Chain = await TestChain.StartAsync(options: Options);
        await SmallChain.SeedAsync(Chain);
    }

    public async Task DisposeAsync() => await Chain.DisposeAsync();

    protected ISpecialistDayGrain Day(string branch, string specialist, DateOnly date) =>
        Chain.Grains.GetGrain<ISpecialistDayGrain>(SmallChain.Day(branch, specialist, date));
}
