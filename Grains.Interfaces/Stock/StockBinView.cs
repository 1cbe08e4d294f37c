namespace Frontdesk.Grains.Stock;

/// <summary>A bin at a version: what it holds, what that is worth at its average cost, and whether it is below its threshold.</summary>
public sealed record StockBinView(string Key, string BranchId, string WarehouseId, string ItemId, long Version, decimal Quantity, Money Value,
    decimal? LowThreshold, bool IsLow, int Movements);
