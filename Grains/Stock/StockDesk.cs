using Frontdesk.Grains.Sagas;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// The stock operations as people ask for them (receive into a warehouse, sell from the shelf, count, transfer): checks
/// the warehouse and item against the stock catalog, calls the bin or the transfer saga, and answers refusals in the
/// catalog's names.
/// </summary>
public sealed class StockDesk(IGrainFactory grains)
{
    public Task<StockCatalogView> CatalogAsync() => grains.GetGrain<IStockCatalogGrain>(Chain.Key).GetAsync();

    public async Task<StockMovement> ReceiveAsync(string branchId, string warehouseId, string itemId, StockReceipt receipt)
    {
        var (catalog, bin) = await BinAsync(branchId, warehouseId, itemId);
        return await StockWords.NamedAsync(catalog, () => bin.ReceiveAsync(receipt));
    }

    public async Task<StockMovement> SellAsync(string branchId, string warehouseId, string itemId, string operationId, decimal quantity, string? note)
    {
        var (catalog, bin) = await BinAsync(branchId, warehouseId, itemId);
        if (catalog.Warehouse(branchId, warehouseId) is { Kind: not WarehouseKind.Retail } store)
            throw CommandRejectedException.Unprocessable("not-a-retail-shelf", $"{store.Name} is not a retail shelf: clients buy from the shelf, materials are transferred to it first.");
        return await StockWords.NamedAsync(catalog, () => bin.SellAsync(operationId, quantity, note));
    }

    public async Task<StockMovement> CountAsync(string branchId, string warehouseId, string itemId, string operationId, decimal counted)
    {
        var (catalog, bin) = await BinAsync(branchId, warehouseId, itemId);
        return await bin.CountAsync(operationId, counted, catalog.Item(itemId));
    }

    public async Task<StockBinView> SetLowThresholdAsync(string branchId, string warehouseId, string itemId, decimal? threshold)
    {
        var (_, bin) = await BinAsync(branchId, warehouseId, itemId);
        return await bin.SetLowThresholdAsync(threshold);
    }

    public async Task<StockBinView> GetBinAsync(string branchId, string warehouseId, string itemId) => await (await BinAsync(branchId, warehouseId, itemId)).Bin.GetAsync();

    public async Task<StockTransferView> TransferAsync(string transferId, StockBinKey from, StockBinKey to, decimal quantity)
    {
        var catalog = await CatalogAsync();
        catalog.Warehouse(from.BranchId, from.WarehouseId);
        catalog.Warehouse(to.BranchId, to.WarehouseId);
        catalog.Item(from.ItemId);
        var saga = grains.GetGrain<IStockTransferSaga>(transferId);
        return await StockWords.NamedAsync(catalog, () => saga.RunAsync(new StockTransferRequest(from.ToString(), to.ToString(), quantity)));
    }

    public Task<StockTransferView> GetTransferAsync(string transferId) => grains.GetGrain<IStockTransferSaga>(transferId).GetAsync();

    private async Task<(StockCatalogView Catalog, IStockBinGrain Bin)> BinAsync(string branchId, string warehouseId, string itemId)
    {
        var catalog = await CatalogAsync();
        catalog.Warehouse(branchId, warehouseId);
        catalog.Item(itemId);
        return (catalog, grains.GetGrain<IStockBinGrain>(new StockBinKey(branchId, warehouseId, itemId).ToString()));
    }
}
