namespace Frontdesk.Web.Stock;

/// <summary>What an inventory count found in one bin; the difference from what the bin held is recorded as the adjustment.</summary>
public sealed record NewCount(string WarehouseId, string ItemId, decimal Counted);
