using Frontdesk.Grains.Stock;
using Frontdesk.Grains.Tests.Infrastructure;
using static Frontdesk.Grains.Tests.Infrastructure.SmallStock;

namespace Frontdesk.Grains.Tests.Stock;

public sealed class stock_reports_add_up_bins_movements_and_visit_costs : ChainTest
{
    private StockReports Reports => Chain.Service<StockReports>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(Chain);
        await Bin(Chain, Spa, Oil).ReceiveAsync(Delivery(500, 90_000));
        await Bin(Chain, Spa, Towel).ReceiveAsync(Delivery(100, 150_000));
        await Bin(Chain, Main, Shampoo).ReceiveAsync(Delivery(1000, 120_000));
        Chain.Time.Advance(TimeSpan.FromHours(1));
        await Chain.Service<IVisitMaterials>().ConsumeAsync("visit-1", SmallChain.Moscow, [new(Spa, Oil, 30), new(Spa, Towel, 2)]);
        await Chain.Service<IVisitMaterials>().ConsumeAsync("visit-2", SmallChain.Moscow, [new(Main, Shampoo, 20)]);
    }

    [Fact]
    public async Task stock_per_warehouse_and_direction_is_what_the_bins_hold()
    {
        var report = await Reports.StockAsync(SmallChain.Moscow);

        Assert.Equal([BinKey(Main, Shampoo), BinKey(Spa, Oil), BinKey(Spa, Towel)], report.Bins.Select(b => b.Bin).Order(StringComparer.Ordinal));
        Assert.Equal(new Money(90_000 - 5_400 + 150_000 - 3_000 + 120_000 - 2_400, "RUB"), report.Value);
        Assert.Equal(new Money(90_000 - 5_400 + 150_000 - 3_000, "RUB"), report.ValueByDirection.Single(d => d.DirectionId == "spa").Amount);
        Assert.Equal(new Money(120_000 - 2_400, "RUB"), report.ValueByDirection.Single(d => d.DirectionId is null).Amount);
        Assert.Equal(("Massage oil", "ml", 470m), report.Bins.Where(b => b.ItemId == Oil).Select(b => (b.ItemName, b.Unit, b.Quantity)).Single());
    }

    [Fact]
    public async Task movements_in_a_period_and_the_material_cost_of_visits_leave_out_what_is_outside_it()
    {
        var later = TestChain.DefaultNow.AddMinutes(30);
        var movements = await Reports.MovementsAsync(SmallChain.Moscow, later, later.AddDays(1));
        var costs = await Reports.VisitCostsAsync(SmallChain.Moscow, later, later.AddDays(1));
        var before = await Reports.VisitCostsAsync(SmallChain.Moscow, TestChain.DefaultNow.AddDays(-1), later);

        Assert.Equal(3, movements.Count);
        Assert.All(movements, m => Assert.Equal(MovementKind.ConsumedForVisit, m.Movement.Kind));
        Assert.Equal(["visit-1", "visit-2"], costs.Visits.Select(v => v.VisitId).Order(StringComparer.Ordinal));
        Assert.Equal(new Money(5_400 + 3_000 + 2_400, "RUB"), costs.Total);
        Assert.Empty(before.Visits);
    }

    [Fact]
    public async Task the_margin_report_sets_materials_per_direction_against_no_revenue_when_nothing_was_settled()
    {
        var margin = await Reports.MarginAsync(SmallChain.Moscow, TestChain.DefaultNow, TestChain.DefaultNow.AddDays(1));

        Assert.True(margin.RevenueKnown);
        var spa = margin.Directions.Single(d => d.DirectionId == "spa");
        Assert.Equal((new Money(8_400, "RUB"), (Money?)Money.Zero("RUB"), (Money?)new Money(-8_400, "RUB")), (spa.Materials, spa.Revenue, spa.Margin));
        Assert.Equal(new Money(2_400, "RUB"), margin.Directions.Single(d => d.DirectionId is null).Materials);
    }
}
