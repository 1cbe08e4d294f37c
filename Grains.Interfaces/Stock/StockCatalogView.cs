namespace Frontdesk.Grains.Stock;

/// <summary>The chain's warehouses, items and consumption norms at one version.</summary>
public sealed record StockCatalogView(long Version, IReadOnlyList<Warehouse> Warehouses, IReadOnlyList<StockItem> Items, IReadOnlyList<ConsumptionNorm> Norms)
{
    public Warehouse? FindWarehouse(string id) => Warehouses.FirstOrDefault(w => w.Id == id);
    public StockItem? FindItem(string id) => Items.FirstOrDefault(i => i.Id == id);
    public ConsumptionNorm? NormOf(string serviceId) => Norms.FirstOrDefault(n => n.ServiceId == serviceId);

    public Warehouse Warehouse(string branchId, string id) =>
        FindWarehouse(id) is { } w && w.BranchId == branchId ? w
            : throw CommandRejectedException.NotFound("unknown-warehouse", $"Branch '{branchId}' has no warehouse '{id}'.");

    public StockItem Item(string id) => FindItem(id) ?? throw CommandRejectedException.NotFound("unknown-item", $"There is no stock item '{id}'.");

    public IEnumerable<Warehouse> WarehousesOf(string branchId) => Warehouses.Where(w => w.BranchId == branchId);

    /// <summary>
    /// Where a service of <paramref name="directionId"/> takes its materials at a branch: the branch's store of that
    /// direction, else the branch's main store; null when the branch has neither.
    /// </summary>
    public Warehouse? StoreFor(string branchId, string directionId) =>
        WarehousesOf(branchId).Where(w => w.Kind == WarehouseKind.Direction && w.DirectionId == directionId).OrderBy(w => w.Id, StringComparer.Ordinal).FirstOrDefault()
        ?? WarehousesOf(branchId).Where(w => w.Kind == WarehouseKind.Main).OrderBy(w => w.Id, StringComparer.Ordinal).FirstOrDefault();
}
