namespace Frontdesk.Grains.Stock;

/// <summary>What a visit took from one bin, and what that cost at the bin's average cost.</summary>
public sealed record VisitMaterialLine(string WarehouseId, string ItemId, decimal Quantity, Money Cost);
