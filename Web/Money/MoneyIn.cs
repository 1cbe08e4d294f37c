using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>Money put on a wallet: <see cref="Amount"/> in minor units (kopecks); the currency is the chain's unless given.</summary>
public sealed record MoneyIn(long Amount, PaymentMethod Method, WalletEntryKind Kind = WalletEntryKind.Deposit, string? Currency = null,
    string? BookingNumber = null, string? Note = null);
