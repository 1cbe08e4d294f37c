using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>A small chain shared by a test class's cases, with a fresh client (and so a fresh wallet) whenever a case asks.</summary>
public abstract class WalletTest : IAsyncLifetime
{
    private int _clients;

    protected TestChain Chain { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Chain = await TestChain.StartAsync();
        await SmallChain.SeedAsync(Chain);
    }

    public async Task DisposeAsync() => await Chain.DisposeAsync();

    /// <summary>The wallet of a newly registered client, with a phone of the range <paramref name="phonePrefix"/> ("+7916").</summary>
    protected async Task<IClientWalletGrain> NewWalletAsync(string phonePrefix)
    {
        var n = Interlocked.Increment(ref _clients);
        var client = await Chain.Service<ClientDirectory>().FindOrRegisterAsync(new NewClient($"Client {n}", $"{phonePrefix}{n:0000000}"));
        return Chain.Grains.GetGrain<IClientWalletGrain>(client.Id);
    }
}
