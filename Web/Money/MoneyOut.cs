using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>An advance paid back (the cash-out document): minor units, how, and why.</summary>
public sealed record MoneyOut(long Amount, PaymentMethod Method, string Reason, string? Currency = null);
