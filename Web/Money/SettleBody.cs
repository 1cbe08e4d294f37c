using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Stock;

namespace Frontdesk.Web.Money;

/// <summary>What the cashier settles for a booking: services rendered, products, payment split, materials, at which desk.</summary>
public sealed record SettleBody(string DeskId, IReadOnlyList<RenderedService> Services, IReadOnlyList<PaymentPart> Payments,
    IReadOnlyList<SoldProduct>? Products = null, IReadOnlyList<MaterialUse>? Materials = null, string? CashierId = null, string? SellerId = null);
