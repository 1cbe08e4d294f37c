using Frontdesk.Grains.Stock;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// What the cashier settles for the visit of booking <see cref="BookingNumber"/> (on day <see cref="DayKey"/>) at desk
/// <see cref="DeskId"/>: the services rendered, products sold, the payment split and the materials used.
/// </summary>
public sealed record SettlementRequest(
    string DayKey,
    string BookingNumber,
    string DeskId,
    IReadOnlyList<RenderedService> Services,
    IReadOnlyList<SoldProduct> Products,
    IReadOnlyList<PaymentPart> Payments,
    IReadOnlyList<MaterialUse> Materials,
    string? CashierId = null,
    string? SellerId = null);
