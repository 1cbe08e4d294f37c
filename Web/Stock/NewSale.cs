namespace Frontdesk.Web.Stock;

/// <summary>A retail sale off the branch's shelf.</summary>
public sealed record NewSale(string WarehouseId, string ItemId, decimal Quantity, string? Note = null);
