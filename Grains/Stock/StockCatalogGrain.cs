using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Stock;

[GrainType("stock-catalog")]
public sealed class StockCatalogGrain : JournaledGrain<StockCatalogState, StockCatalogEvent>, IStockCatalogGrain
{
    public Task<StockCatalogView> GetAsync() => Task.FromResult(View());

    public async Task<StockCatalogView> UpsertWarehouseAsync(Warehouse warehouse)
    {
        StockCatalogRules.Check(warehouse, State, await SchedulingCatalogAsync());
        RaiseEvent(new WarehouseUpserted(warehouse with { DirectionId = warehouse.Kind == WarehouseKind.Direction ? warehouse.DirectionId : null }));
        return View();
    }

    public Task<StockCatalogView> UpsertItemAsync(StockItem item)
    {
        StockCatalogRules.Check(item);
        RaiseEvent(new StockItemUpserted(item));
        return Task.FromResult(View());
    }

    public async Task<StockCatalogView> SetNormAsync(ConsumptionNorm norm)
    {
        StockCatalogRules.Check(norm, State, await SchedulingCatalogAsync());
        // One line per item: two lines of one item would be two consumptions of it, which a visit takes once.
        var lines = norm.Lines.GroupBy(l => l.ItemId).Select(g => new NormLine(g.Key, g.Sum(l => l.Quantity))).ToList();
        RaiseEvent(new NormSet(norm with { Lines = lines }));
        return View();
    }

    // The scheduling catalog never calls this grain, so waiting for it here cannot deadlock.
    private Task<CatalogView> SchedulingCatalogAsync() => GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();

    private StockCatalogView View() => new(TentativeVersion,
        [.. State.Warehouses.Values.OrderBy(w => w.BranchId, StringComparer.Ordinal).ThenBy(w => w.Kind).ThenBy(w => w.Id, StringComparer.Ordinal)],
        [.. State.Items.Values.OrderBy(i => i.Id, StringComparer.Ordinal)],
        [.. State.Norms.Values.OrderBy(n => n.ServiceId, StringComparer.Ordinal)]);
}
