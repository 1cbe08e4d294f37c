using Frontdesk.Silo;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// The chain's stock set-up (key <see cref="Chain.Key"/>): warehouses per branch, items, and each service's consumption
/// norm. Kept apart from the scheduling catalog, which it refers to (branches, directions, services) by id.
/// </summary>
public interface IStockCatalogGrain : IGrainWithStringKey
{
    Task<StockCatalogView> GetAsync();
    Task<StockCatalogView> UpsertWarehouseAsync(Warehouse warehouse);
    Task<StockCatalogView> UpsertItemAsync(StockItem item);

    /// <summary>Sets a service's norm; an empty list of lines removes it.</summary>
    Task<StockCatalogView> SetNormAsync(ConsumptionNorm norm);
}
