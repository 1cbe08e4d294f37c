using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Stock;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(WarehouseUpserted), "warehouse-upserted")]
[JsonDerivedType(typeof(StockItemUpserted), "item-upserted")]
[JsonDerivedType(typeof(NormSet), "norm-set")]
public abstract record StockCatalogEvent;
