using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.CashDesk;

/// <summary>What one settled visit (or its void, with negative amounts) brought to the desk, by payment method (minor units).</summary>
public sealed record DeskTakings(string VisitId, IReadOnlyDictionary<PaymentMethod, long> ByMethod, bool Reversal = false);
