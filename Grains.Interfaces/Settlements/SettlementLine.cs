namespace Frontdesk.Grains.Settlements;

/// <summary>A line of the act: its price before the discount, the discount and why, and the price after (minor units).</summary>
public sealed record SettlementLine(
    LineKind Kind,
    string ItemId,
    string Name,
    int Quantity,
    long UnitPrice,
    long PriceBefore,
    int DiscountPercent,
    string? DiscountReason,
    long PriceAfter,
    string? SpecialistId,
    string? SellerId,
    string? DirectionId);
