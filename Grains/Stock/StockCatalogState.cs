namespace Frontdesk.Grains.Stock;

public sealed class StockCatalogState : IJournaledState<StockCatalogEvent>
{
    public Dictionary<string, Warehouse> Warehouses { get; set; } = [];
    public Dictionary<string, StockItem> Items { get; set; } = [];
    public Dictionary<string, ConsumptionNorm> Norms { get; set; } = [];

    public void Apply(StockCatalogEvent @event)
    {
        switch (@event)
        {
            case WarehouseUpserted e: Warehouses[e.Warehouse.Id] = e.Warehouse; break;
            case StockItemUpserted e: Items[e.Item.Id] = e.Item; break;
            case NormSet { Norm.Lines.Count: 0 } e: Norms.Remove(e.Norm.ServiceId); break;
            case NormSet e: Norms[e.Norm.ServiceId] = e.Norm; break;
        }
    }
}
