using Frontdesk.Grains.Catalog;
using Frontdesk.Silo.Journal;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// The stock reports of a branch, read from the indexes the bins and visits write with their commits (and, for
/// movements, from the bins themselves). Materials are attributed to the direction of the store they came from; what
/// came from the main store or the shelf has no direction.
/// </summary>
public sealed class StockReports(IGrainFactory grains, GrainIndex index, IRevenueSource revenue)
{
    // A branch's bins and a period's visits, read in one query each; far above what one branch holds.
    private const int MaxRows = 100_000;

    public async Task<StockReport> StockAsync(string branchId)
    {
        var (branch, stock) = await CatalogsAsync(branchId);
        var bins = (await BinsAsync(branchId)).Select(b => OnHand(b, stock)).OfType<StockOnHand>()
            .OrderBy(b => b.Kind).ThenBy(b => b.WarehouseName, StringComparer.CurrentCulture).ThenBy(b => b.ItemName, StringComparer.CurrentCulture).ToList();
        var byDirection = bins.GroupBy(b => b.DirectionId).Select(g => new DirectionAmount(g.Key, Sum(g.Select(b => b.Value), branch.Currency))).ToList();
        return new StockReport(branchId, bins, byDirection, Sum(bins.Select(b => b.Value), branch.Currency));
    }

    /// <summary>One bin as the stock report shows it (null when its warehouse or item left the catalog).</summary>
    public async Task<StockOnHand?> OnHandAsync(string binKey)
    {
        var bin = await grains.GetGrain<IStockBinGrain>(binKey).GetAsync();
        return OnHand(bin, await grains.GetGrain<IStockCatalogGrain>(Chain.Key).GetAsync());
    }

    public async Task<IReadOnlyList<BinMovement>> MovementsAsync(string branchId, DateTimeOffset from, DateTimeOffset to)
    {
        await CatalogsAsync(branchId);
        var bins = await BinsAsync(branchId);
        var lists = await Task.WhenAll(bins.Select(async b =>
            (await grains.GetGrain<IStockBinGrain>(b.Key).GetMovementsAsync(from, to)).Select(m => new BinMovement(b.Key, b.WarehouseId, b.ItemId, m))));
        return [.. lists.SelectMany(l => l).OrderBy(m => m.Movement.At).ThenBy(m => m.Bin, StringComparer.Ordinal)];
    }

    public async Task<VisitCostReport> VisitCostsAsync(string branchId, DateTimeOffset from, DateTimeOffset to)
    {
        var (branch, _) = await CatalogsAsync(branchId);
        var visits = await VisitsAsync(branchId, from, to);
        return new VisitCostReport(branchId, from, to, visits, Sum(visits.Select(v => v.Cost), branch.Currency));
    }

    public async Task<MarginReport> MarginAsync(string branchId, DateTimeOffset from, DateTimeOffset to)
    {
        var (branch, stock) = await CatalogsAsync(branchId);
        var materials = (await VisitsAsync(branchId, from, to)).SelectMany(v => v.Lines)
            .GroupBy(l => stock.FindWarehouse(l.WarehouseId)?.DirectionId)
            .ToDictionary(g => g.Key ?? "", g => Sum(g.Select(l => l.Cost), branch.Currency));
        var income = await revenue.RevenueAsync(branchId, from, to);
        if (income is null)
            return new MarginReport(branchId, from, to, false, [.. materials.Select(m => new DirectionMargin(NullIfEmpty(m.Key), null, m.Value, null))]);
        var revenueBy = income.ToDictionary(r => r.DirectionId, r => r.Revenue);
        var directions = revenueBy.Keys.Union(materials.Keys).Select(d =>
        {
            var r = revenueBy.GetValueOrDefault(d, Money.Zero(branch.Currency));
            var m = materials.GetValueOrDefault(d, Money.Zero(branch.Currency));
            return new DirectionMargin(NullIfEmpty(d), r, m, r.Add(m with { Minor = -m.Minor }));
        });
        return new MarginReport(branchId, from, to, true, [.. directions]);
    }

    private static string? NullIfEmpty(string key) => key.Length == 0 ? null : key;

    private async Task<IReadOnlyList<StockBinView>> BinsAsync(string branchId) =>
        [.. (await index.QueryAsync<StockBinView>(new IndexQuery(StockIndexes.Bins) { KeyPrefix = StockIndexes.BranchPrefix(branchId), Limit = MaxRows })).Select(h => h.Data)];

    private async Task<IReadOnlyList<VisitMaterialsRecord>> VisitsAsync(string branchId, DateTimeOffset from, DateTimeOffset to) =>
        [.. (await index.QueryAsync<VisitMaterialsRecord>(new IndexQuery(StockIndexes.VisitMaterials) { KeyPrefix = StockIndexes.BranchPrefix(branchId), Limit = MaxRows }))
            .Select(h => h.Data).Where(v => v.At >= from && v.At < to).OrderBy(v => v.At)];

    private static StockOnHand? OnHand(StockBinView bin, StockCatalogView stock) =>
        stock.FindWarehouse(bin.WarehouseId) is not { } w || stock.FindItem(bin.ItemId) is not { } item ? null
            : new StockOnHand(bin.Key, w.Id, w.Name, w.Kind, w.DirectionId, item.Id, item.Name, item.Unit, bin.Quantity, bin.Value, bin.LowThreshold, bin.IsLow, bin.Version);

    // Amounts in "no currency" are zero (bins that never held anything with a cost).
    private static Money Sum(IEnumerable<Money> amounts, string currency) =>
        new(amounts.Where(a => a.Currency == currency).Sum(a => a.Minor), currency);

    private async Task<(Branch Branch, StockCatalogView Stock)> CatalogsAsync(string branchId)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        return (catalog.Branch(branchId), await grains.GetGrain<IStockCatalogGrain>(Chain.Key).GetAsync());
    }
}
