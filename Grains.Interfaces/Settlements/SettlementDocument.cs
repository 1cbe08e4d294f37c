namespace Frontdesk.Grains.Settlements;

/// <summary>
/// A settled visit as the act prints it. Amounts are minor units of <see cref="Currency"/>; <see cref="PayerId"/> is
/// whose wallet pays (the client's owner for a dependent). <see cref="Advance"/> is the overpayment kept on the wallet.
/// </summary>
public sealed record SettlementDocument(
    string VisitId,
    string BookingId,
    string DayKey,
    string BranchId,
    string DeskId,
    DateOnly BusinessDate,
    DateOnly VisitDate,
    TimeOnly VisitTime,
    string ClientId,
    string ClientName,
    string PayerId,
    string Currency,
    IReadOnlyList<SettlementLine> Lines,
    IReadOnlyList<PaymentPart> Payments,
    IReadOnlyList<Stock.MaterialUse> Materials,
    IReadOnlyList<Commission> Commissions,
    long Subtotal,
    long Discount,
    long Total,
    long Advance,
    DateTimeOffset SettledAt,
    string? CashierId);
