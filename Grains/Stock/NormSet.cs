namespace Frontdesk.Grains.Stock;

public sealed record NormSet(ConsumptionNorm Norm) : StockCatalogEvent;
