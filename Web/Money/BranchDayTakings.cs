using Frontdesk.Grains.CashDesk;
using Frontdesk.Grains.Settlements;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>A branch's business day: every desk's day, the visits settled, totals by payment method and the revenue (minor units).</summary>
public sealed record BranchDayTakings(string BranchId, DateOnly Date, string Currency, IReadOnlyList<DeskDayView> Desks,
    IReadOnlyList<SettlementDocument> Settlements, IReadOnlyDictionary<PaymentMethod, long> Totals, long Revenue);
