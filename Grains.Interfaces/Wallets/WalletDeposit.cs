namespace Frontdesk.Grains.Wallets;

/// <summary>
/// Money in: a deposit, a prepayment for <see cref="BookingNumber"/>, or an overpayment kept as an advance.
/// <see cref="OperationId"/> makes it once: a repeat answers the entry it made.
/// </summary>
public sealed record WalletDeposit(string OperationId, Money Amount, PaymentMethod Method, WalletEntryKind Kind = WalletEntryKind.Deposit,
    string? BookingNumber = null, string? Note = null);
