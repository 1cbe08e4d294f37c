namespace Frontdesk.Grains.Stock;

/// <summary>A quantity of one stock item, in the item's unit, taken from one warehouse for a visit.</summary>
public sealed record MaterialUse(string WarehouseId, string ItemId, decimal Quantity);
