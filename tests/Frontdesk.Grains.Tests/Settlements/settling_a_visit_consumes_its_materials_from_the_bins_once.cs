using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Settlements;

/// <summary>The settle-visit saga and the stock module together, with nothing standing in for either.</summary>
public sealed class settling_a_visit_consumes_its_materials_from_the_bins_once : ChainTest
{
    [Fact]
    public async Task the_norms_edited_at_the_desk_are_consumed_once_whatever_the_retries()
    {
        var scene = await SettlementScene.SetUpAsync(Chain);
        await SeedAsync(Chain);
        await Bin(Chain, Spa, Oil).ReceiveAsync(Delivery(500, 90_000));
        await Bin(Chain, Spa, Towel).ReceiveAsync(Delivery(100, 150_000));
        await Bin(Chain, Spa, Cream).ReceiveAsync(Delivery(50, 250_000));
        var proposed = await Chain.Service<IVisitMaterials>().ProposeAsync(SmallChain.Moscow, [SmallChain.Massage60, SmallChain.Express15]);
        Assert.Equal([new MaterialUse(Spa, Oil, 30), new MaterialUse(Spa, Towel, 2)], proposed);
        // The specialist used more oil on this client, and a little face cream.
        List<MaterialUse> used = [new(Spa, Oil, 36.5m), new(Spa, Towel, 2), new(Spa, Cream, 1.5m)];
        var request = scene.FullRequest(withMaterials: false) with { Materials = used };

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => scene.Saga.SettleAsync(request))));
        await scene.Saga.SettleAsync(request);

        Assert.Single(answers.Select(a => a.VisitId).Distinct());
        Assert.Equal(SettlementStatus.Settled, (await scene.Saga.GetAsync()).Status);
        Assert.Equal((463.5m, 98m, 48.5m), ((await Bin(Chain, Spa, Oil).GetAsync()).Quantity, (await Bin(Chain, Spa, Towel).GetAsync()).Quantity,
            (await Bin(Chain, Spa, Cream).GetAsync()).Quantity));
        var storage = Chain.Services.GetRequiredService<IJournalStorage>();
        foreach (var item in new[] { Oil, Towel, Cream })
            Assert.Single(await StoredMovementsAsync(storage, BinKey(Spa, item)), m => m.Kind == nameof(MovementKind.ConsumedForVisit));

        // The margin report sets the visit's revenue against what it used: 36.5 ml of oil at 1.80, two towels at 15.00, 1.5 ml of cream at 50.00.
        var margin = await Chain.Service<StockReports>().MarginAsync(SmallChain.Moscow, TestChain.DefaultNow.AddDays(-1), TestChain.DefaultNow.AddDays(1));
        var spa = margin.Directions.Single(d => d.DirectionId == "spa");
        Assert.True(margin.RevenueKnown);
        Assert.Equal((new Money(350_000, "RUB"), new Money(6_570 + 3_000 + 7_500, "RUB"), new Money(350_000 - 17_070, "RUB")), (spa.Revenue, spa.Materials, spa.Margin));
        Assert.Equal(new Money(100_000, "RUB"), margin.Directions.Single(d => d.DirectionId is null).Revenue);
    }

    [Fact]
    public async Task materials_the_bins_cannot_cover_are_refused_naming_the_bin_and_nothing_is_paid()
    {
        var scene = await SettlementScene.SetUpAsync(Chain);
        await SeedAsync(Chain);
        await Bin(Chain, Spa, Oil).ReceiveAsync(Delivery(10, 2_000));
        var balance = (await scene.Wallet.GetAsync()).Balance;

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            scene.Saga.SettleAsync(scene.FullRequest(withMaterials: false) with { Materials = [new(Spa, Oil, 30)] }));

        Assert.Contains("Massage oil", refused.Message);
        Assert.Contains("10", refused.Message);
        Assert.Equal(balance, (await scene.Wallet.GetAsync()).Balance);
        Assert.Equal(10m, (await Bin(Chain, Spa, Oil).GetAsync()).Quantity);
        var settled = await scene.Saga.SettleAsync(scene.FullRequest(withMaterials: false));
        Assert.Equal(SettlementStatus.Settled, (await scene.Saga.GetAsync()).Status);
        Assert.Equal(450_000, settled.Total);
    }
}
