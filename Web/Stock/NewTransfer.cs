namespace Frontdesk.Web.Stock;

/// <summary>Move an item from one of the branch's warehouses to another (of this branch, or of <paramref name="ToBranchId"/>).</summary>
public sealed record NewTransfer(string FromWarehouseId, string ToWarehouseId, string ItemId, decimal Quantity, string? ToBranchId = null);
