using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// The stock step of settling a visit.
/// <para>Propose: each service's norm, taken from the branch's store of the service's direction, or the branch's main
/// store when that direction has no store there; lines of one item from one store are added up into one line (a visit
/// consumes each item of a bin once). A service without a norm proposes nothing.</para>
/// <para>Consume: each line once per visit and item, through the visit's <see cref="IVisitMaterialsGrain"/>, which runs
/// one call at a time, so concurrent retries are one consumption. All-or-nothing cannot be checked in advance across bins,
/// so lines are consumed in order; when a bin refuses (not enough left), the lines already taken for this visit are given
/// back and the refusal names the bin and what is left. A retry after a delivery then consumes afresh.</para>
/// </summary>
public sealed class VisitMaterials(IGrainFactory grains) : IVisitMaterials
{
    public async Task<IReadOnlyList<MaterialUse>> ProposeAsync(string branchId, IReadOnlyList<string> serviceIds)
    {
        var (catalog, stock) = await CatalogsAsync(branchId);
        var uses = new List<MaterialUse>();
        foreach (var serviceId in serviceIds)
        {
            var service = catalog.Service(serviceId);
            if (stock.NormOf(service.Id) is not { } norm) continue;
            var store = stock.StoreFor(branchId, service.DirectionId)
                ?? throw CommandRejectedException.Unprocessable("no-warehouse",
                    $"Branch '{branchId}' has no store for direction '{service.DirectionId}' and no main store, so the materials of '{service.Name}' have nowhere to come from.");
            uses.AddRange(norm.Lines.Select(l => new MaterialUse(store.Id, l.ItemId, l.Quantity)));
        }
        return Merge(uses);
    }

    public Task ConsumeAsync(string visitId, string branchId, IReadOnlyList<MaterialUse> uses) => ConsumeForRecordAsync(visitId, branchId, uses);

    /// <summary>As <see cref="ConsumeAsync"/>, answering what was consumed and what it cost.</summary>
    public async Task<VisitMaterialsRecord> ConsumeForRecordAsync(string visitId, string branchId, IReadOnlyList<MaterialUse> uses)
    {
        if (string.IsNullOrWhiteSpace(visitId) || visitId.Length > 200)
            throw CommandRejectedException.Invalid("invalid-visit", "A visit id is required (at most 200 characters).");
        ArgumentNullException.ThrowIfNull(uses);
        var (_, stock) = await CatalogsAsync(branchId);
        var problems = new Problems();
        foreach (var use in uses)
        {
            if (stock.FindWarehouse(use.WarehouseId) is not { } w || w.BranchId != branchId) problems.Add("warehouseId", $"branch '{branchId}' has no warehouse '{use.WarehouseId}'");
            if (stock.FindItem(use.ItemId) is null) problems.Add("itemId", $"there is no item '{use.ItemId}'");
            if (use.Quantity <= 0) problems.Add("quantity", $"of '{use.ItemId}' must be more than zero");
        }
        problems.ThrowIfAny("invalid-materials", "list of materials");
        var visit = grains.GetGrain<IVisitMaterialsGrain>(visitId);
        return await StockWords.NamedAsync(stock, () => visit.ConsumeAsync(branchId, Merge(uses)));
    }

    private static List<MaterialUse> Merge(IEnumerable<MaterialUse> uses) =>
        [.. uses.GroupBy(u => (u.WarehouseId, u.ItemId)).Select(g => new MaterialUse(g.Key.WarehouseId, g.Key.ItemId, g.Sum(u => u.Quantity)))];

    private async Task<(CatalogView Catalog, StockCatalogView Stock)> CatalogsAsync(string branchId)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        catalog.Branch(branchId);
        return (catalog, await grains.GetGrain<IStockCatalogGrain>(Chain.Key).GetAsync());
    }
}
