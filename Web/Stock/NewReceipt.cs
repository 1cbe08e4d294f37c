using Frontdesk.Grains;

namespace Frontdesk.Web.Stock;

/// <summary>A delivery from a supplier into one warehouse of the branch: <paramref name="Cost"/> is what the whole delivery cost.</summary>
public sealed record NewReceipt(string WarehouseId, string ItemId, decimal Quantity, Grains.Money Cost, string Supplier, string? Document = null);
