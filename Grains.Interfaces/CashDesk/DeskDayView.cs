using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.CashDesk;

/// <summary>
/// A desk's business day: its shifts, what each visit brought, the totals by payment method, and whether it is
/// closed (read-only from then on). Amounts in minor units of <see cref="Currency"/>.
/// </summary>
public sealed record DeskDayView(string Key, string? Currency, IReadOnlyList<CashShift> Shifts, IReadOnlyList<DeskTakings> Takings,
    IReadOnlyDictionary<PaymentMethod, long> Totals, DateTimeOffset? ClosedAt, string? ClosedBy);
