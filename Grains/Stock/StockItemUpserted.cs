namespace Frontdesk.Grains.Stock;

public sealed record StockItemUpserted(StockItem Item) : StockCatalogEvent;
