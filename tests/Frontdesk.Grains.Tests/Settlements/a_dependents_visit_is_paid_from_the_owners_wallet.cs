using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Tests.Settlements;

public sealed class a_dependents_visit_is_paid_from_the_owners_wallet
{
    [Fact]
    public async Task the_childs_visit_debits_the_parent_and_the_child_has_no_wallet_of_its_own()
    {
        await using var chain = await TestChain.StartAsync();
        await SmallChain.SeedAsync(chain);
        var directory = chain.Service<ClientDirectory>();
        var parent = await directory.FindOrRegisterAsync(new NewClient("Maria Ivanova", "+79165550077"));
        var child = await directory.FindOrRegisterAsync(new NewClient("Sasha Ivanov", null, OwnerId: parent.Id));
        var scene = await SettlementScene.SetUpAsync(chain, client: child);

        var document = await scene.Saga.SettleAsync(scene.WalletOnly());
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            chain.Grains.GetGrain<IClientWalletGrain>(child.Id).DepositAsync(new WalletDeposit("stuck", new Money(100, "RUB"), PaymentMethod.Cash)));

        Assert.Equal((child.Id, parent.Id), (document.ClientId, document.PayerId));
        Assert.Equal(1_000_000 - 350_000, (await chain.Grains.GetGrain<IClientWalletGrain>(parent.Id).GetAsync()).Balance);
        Assert.Equal(("dependent-has-no-wallet", parent.Id), (refused.Code, refused.Details["ownerId"]));
        Assert.Empty((await chain.Grains.GetGrain<IClientWalletGrain>(child.Id).GetAsync()).Entries);
    }
}
