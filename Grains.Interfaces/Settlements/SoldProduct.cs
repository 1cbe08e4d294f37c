namespace Frontdesk.Grains.Settlements;

/// <summary>A product sold with the visit (a cream, a shampoo), at its unit price in minor units of the visit's currency.</summary>
public sealed record SoldProduct(string ProductId, string Name, int Quantity, long UnitPrice, int DiscountPercent = 0, string? SellerId = null);
