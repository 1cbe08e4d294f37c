using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using Frontdesk.Silo.Journal;
using Microsoft.Extensions.DependencyInjection;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Stock;

public sealed class settling_a_visit_consumes_its_norms_once : ChainTest
{
    private IVisitMaterials Materials => Chain.Service<IVisitMaterials>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(Chain);
        await Bin(Chain, Spa, Oil).ReceiveAsync(Delivery(500, 90_000));
        await Bin(Chain, Spa, Towel).ReceiveAsync(Delivery(100, 150_000));
        await Bin(Chain, Spa, Cream).ReceiveAsync(Delivery(50, 250_000));
        await Bin(Chain, Main, Shampoo).ReceiveAsync(Delivery(1000, 120_000));
    }

    [Fact]
    public async Task the_norms_are_proposed_from_the_directions_store_or_the_main_store_with_one_line_per_item()
    {
        var proposed = await Materials.ProposeAsync(SmallChain.Moscow, [SmallChain.Massage60, SmallChain.Facial30, Haircut, SmallChain.Express15]);

        Assert.Equal(
            [new MaterialUse(Spa, Oil, 30), new MaterialUse(Spa, Towel, 3), new MaterialUse(Spa, Cream, 5), new MaterialUse(Main, Shampoo, 20)],
            proposed);
    }

    [Fact]
    public async Task fifty_concurrent_retries_of_one_settlement_consume_exactly_once()
    {
        var uses = await Materials.ProposeAsync(SmallChain.Moscow, [SmallChain.Massage60]);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => Materials.ConsumeAsync("visit-1", SmallChain.Moscow, uses))));

        Assert.Equal(470m, (await Bin(Chain, Spa, Oil).GetAsync()).Quantity);
        Assert.Equal(98m, (await Bin(Chain, Spa, Towel).GetAsync()).Quantity);
        var storage = Chain.Services.GetRequiredService<IJournalStorage>();
        Assert.Single((await StoredMovementsAsync(storage, BinKey(Spa, Oil))), m => m.Kind == nameof(MovementKind.ConsumedForVisit));
        Assert.Single((await StoredMovementsAsync(storage, BinKey(Spa, Towel))), m => m.Kind == nameof(MovementKind.ConsumedForVisit));
        var record = await Chain.Grains.GetGrain<IVisitMaterialsGrain>("visit-1").GetAsync();
        Assert.Equal(new Money(5_400 + 3_000, "RUB"), record!.Cost);
    }

    [Fact]
    public async Task quantities_the_specialist_edited_and_materials_added_are_consumed_as_given()
    {
        var proposed = await Materials.ProposeAsync(SmallChain.Moscow, [SmallChain.Massage60]);
        // This client needed more oil, no towels, and a dab of face cream.
        var edited = proposed.Where(u => u.ItemId != Towel).Select(u => u.ItemId == Oil ? u with { Quantity = 42.5m } : u)
            .Append(new MaterialUse(Spa, Cream, 2)).ToList();

        await Materials.ConsumeAsync("visit-2", SmallChain.Moscow, edited);
        await Materials.ConsumeAsync("visit-2", SmallChain.Moscow, edited);

        Assert.Equal(457.5m, (await Bin(Chain, Spa, Oil).GetAsync()).Quantity);
        Assert.Equal(100m, (await Bin(Chain, Spa, Towel).GetAsync()).Quantity);
        Assert.Equal(48m, (await Bin(Chain, Spa, Cream).GetAsync()).Quantity);
    }

    [Fact]
    public async Task a_line_refused_for_lack_of_stock_gives_back_the_lines_before_it_and_a_retry_after_a_delivery_consumes()
    {
        List<MaterialUse> uses = [new(Spa, Oil, 30), new(Spa, Towel, 2), new(Spa, Cream, 60)];

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Materials.ConsumeAsync("visit-3", SmallChain.Moscow, uses));

        Assert.Equal("insufficient-stock", refused.Code);
        Assert.Equal($"Not enough Face cream in Spa store (bin {BinKey(Spa, Cream)}): 50 ml left, 60 ml asked. Nothing was taken.", refused.Message);
        Assert.Equal(500m, (await Bin(Chain, Spa, Oil).GetAsync()).Quantity);
        Assert.Equal(100m, (await Bin(Chain, Spa, Towel).GetAsync()).Quantity);
        Assert.Null(await Chain.Grains.GetGrain<IVisitMaterialsGrain>("visit-3").GetAsync());

        await Bin(Chain, Spa, Cream).ReceiveAsync(Delivery(50, 250_000));
        await Materials.ConsumeAsync("visit-3", SmallChain.Moscow, uses);

        Assert.Equal((470m, 98m, 40m), ((await Bin(Chain, Spa, Oil).GetAsync()).Quantity, (await Bin(Chain, Spa, Towel).GetAsync()).Quantity,
            (await Bin(Chain, Spa, Cream).GetAsync()).Quantity));
    }

    [Fact]
    public async Task materials_from_another_branchs_warehouse_are_refused_before_anything_is_consumed()
    {
        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            Materials.ConsumeAsync("visit-4", SmallChain.Berlin, [new MaterialUse(Spa, Oil, 1)]));

        Assert.Equal("invalid-materials", refused.Code);
        Assert.Equal(500m, (await Bin(Chain, Spa, Oil).GetAsync()).Quantity);
    }
}
