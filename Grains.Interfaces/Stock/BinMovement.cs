namespace Frontdesk.Grains.Stock;

/// <summary>A movement of one of a branch's bins, for the movements report.</summary>
public sealed record BinMovement(string Bin, string WarehouseId, string ItemId, StockMovement Movement);
