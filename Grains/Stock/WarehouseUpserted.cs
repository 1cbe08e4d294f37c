namespace Frontdesk.Grains.Stock;

public sealed record WarehouseUpserted(Warehouse Warehouse) : StockCatalogEvent;
