using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Stock;

public sealed class a_bin_refuses_to_go_below_zero_and_names_what_is_left : ChainTest
{
    private StockDesk Desk => Chain.Service<StockDesk>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(Chain);
    }

    [Fact]
    public async Task a_sale_of_more_than_the_shelf_holds_is_refused_in_the_catalogs_words_and_takes_nothing()
    {
        await Desk.ReceiveAsync(SmallChain.Moscow, Shelf, Cream, Delivery(3, 750_000));

        var refused = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.SellAsync(SmallChain.Moscow, Shelf, Cream, "sale-1", 4, null));

        Assert.Equal(("insufficient-stock", RejectionKind.Conflict), (refused.Code, refused.Kind));
        Assert.Equal($"Not enough Face cream in Retail shelf (bin {BinKey(Shelf, Cream)}): 3 ml left, 4 ml asked. Nothing was taken.", refused.Message);
        Assert.Equal(3m, refused.Details["left"]);
        var bin = await Bin(Chain, Shelf, Cream).GetAsync();
        Assert.Equal((3m, 750_000L, 1), (bin.Quantity, bin.Value.Minor, bin.Movements));
    }

    [Fact]
    public async Task a_sale_comes_only_off_a_retail_shelf_and_once_per_operation()
    {
        await Desk.ReceiveAsync(SmallChain.Moscow, Shelf, Cream, Delivery(3, 750_000));
        await Desk.ReceiveAsync(SmallChain.Moscow, Spa, Cream, Delivery(3, 750_000));

        var sold = await Desk.SellAsync(SmallChain.Moscow, Shelf, Cream, "sale-1", 1, "jar to take home");
        var again = await Desk.SellAsync(SmallChain.Moscow, Shelf, Cream, "sale-1", 1, "jar to take home");
        var notShelf = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.SellAsync(SmallChain.Moscow, Spa, Cream, "sale-2", 1, null));

        Assert.Equal(sold, again);
        Assert.Equal((-1m, -250_000L, 2m), (sold.Quantity, sold.Value.Minor, sold.QuantityAfter));
        Assert.Equal("not-a-retail-shelf", notShelf.Code);
        Assert.Equal(3m, (await Bin(Chain, Spa, Cream).GetAsync()).Quantity);
    }

    [Fact]
    public async Task a_visit_consumes_from_a_bin_once_and_can_consume_again_only_after_giving_it_back()
    {
        var bin = Bin(Chain, Spa, Oil);
        await bin.ReceiveAsync(Delivery(500, 90_000));

        var taken = await bin.ConsumeForVisitAsync("visit-1", 30);
        var repeat = await bin.ConsumeForVisitAsync("visit-1", 45);
        var returned = await bin.ReturnForVisitAsync("visit-1");
        var returnedAgain = await bin.ReturnForVisitAsync("visit-1");
        var retaken = await bin.ConsumeForVisitAsync("visit-1", 45);

        Assert.Equal(taken, repeat);
        Assert.Equal((-30m, -5_400L), (taken.Quantity, taken.Value.Minor));
        Assert.Equal((30m, 5_400L, 500m), (returned!.Quantity, returned.Value.Minor, returned.QuantityAfter));
        Assert.Null(returnedAgain);
        Assert.Equal((-45m, 455m), (retaken.Quantity, retaken.QuantityAfter));
        Assert.Equal(455m, (await bin.GetAsync()).Quantity);
    }

    [Fact]
    public async Task a_count_records_the_adjustment_at_average_cost_and_the_last_unit_takes_the_remaining_value()
    {
        var bin = Bin(Chain, Spa, Oil);
        await bin.ReceiveAsync(Delivery(300, 100_000));

        var shortage = await Desk.CountAsync(SmallChain.Moscow, Spa, Oil, "count-1", 290);
        var surplus = await Desk.CountAsync(SmallChain.Moscow, Spa, Oil, "count-2", 293);
        var empty = await Desk.CountAsync(SmallChain.Moscow, Spa, Oil, "count-3", 0);
        var repeated = await Desk.CountAsync(SmallChain.Moscow, Spa, Oil, "count-3", 0);

        Assert.Equal((MovementKind.Counted, -10m, -3_333L, 290m), (shortage.Kind, shortage.Quantity, shortage.Value.Minor, shortage.QuantityAfter));
        Assert.Equal((3m, 1_000L), (surplus.Quantity, surplus.Value.Minor));
        Assert.Equal(empty, repeated);
        var after = await bin.GetAsync();
        Assert.Equal((0m, 0L), (after.Quantity, after.Value.Minor));
        Assert.Equal("counted 0", empty.Reference);
    }

    [Fact]
    public async Task surplus_found_in_a_bin_that_never_had_a_delivery_is_valued_at_the_items_list_cost()
    {
        var found = await Desk.CountAsync(SmallChain.Moscow, Main, Towel, "count-1", 10);

        Assert.Equal((10m, new Money(15_000, "RUB")), (found.Quantity, found.Value));
    }

    [Fact]
    public async Task a_bin_below_its_threshold_says_it_is_low()
    {
        var bin = Bin(Chain, Spa, Towel);
        await bin.ReceiveAsync(Delivery(12, 18_000));
        await Desk.SetLowThresholdAsync(SmallChain.Moscow, Spa, Towel, 10);

        var before = await bin.GetAsync();
        await bin.ConsumeForVisitAsync("visit-1", 3);
        var after = await bin.GetAsync();

        Assert.False(before.IsLow);
        Assert.True(after.IsLow);
        Assert.Equal(10m, after.LowThreshold);
    }

    [Fact]
    public async Task unknown_warehouses_and_items_and_bad_quantities_are_refused_and_change_nothing()
    {
        var noWarehouse = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.ReceiveAsync(SmallChain.Moscow, "nowhere", Oil, Delivery(1, 1)));
        var noItem = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.ReceiveAsync(SmallChain.Moscow, Spa, "caviar", Delivery(1, 1)));
        var zero = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.ReceiveAsync(SmallChain.Moscow, Spa, Oil, Delivery(0, 1)));
        var negative = await Assert.ThrowsAsync<CommandRejectedException>(() => Bin(Chain, Spa, Oil).ConsumeForVisitAsync("v", -1));
        var wrongBranch = await Assert.ThrowsAsync<CommandRejectedException>(() => Desk.ReceiveAsync(SmallChain.Berlin, Spa, Oil, Delivery(1, 1)));

        Assert.Equal(["unknown-warehouse", "unknown-item", "invalid-receipt", "invalid-consumption", "unknown-warehouse"],
            new[] { noWarehouse, noItem, zero, negative, wrongBranch }.Select(r => r.Code));
        Assert.Equal(0, (await Bin(Chain, Spa, Oil).GetAsync()).Movements);
    }
}
