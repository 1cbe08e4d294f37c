namespace Frontdesk.Grains.Stock;

/// <summary>One bin in the stock report: where, what, how much, and its value at average cost.</summary>
public sealed record StockOnHand(string Bin, string WarehouseId, string WarehouseName, WarehouseKind Kind, string? DirectionId, string ItemId, string ItemName,
    string Unit, decimal Quantity, Money Value, decimal? LowThreshold, bool IsLow, long Version);
