namespace Frontdesk.Grains.Wallets;

/// <summary>
/// One line of a client's ledger. <see cref="Amount"/> is signed (money in is positive); <see cref="BalanceAfter"/> is the sum
/// of this entry and every one before it. <see cref="Id"/> is the operation that made it, so a repeat finds it instead of adding one.
/// </summary>
public sealed record WalletEntry(
    string Id,
    int Sequence,
    WalletEntryKind Kind,
    Money Amount,
    Money BalanceAfter,
    DateTimeOffset At,
    PaymentMethod? Method = null,
    string? VisitId = null,
    string? BookingNumber = null,
    string? Note = null,
    string? Reverses = null);
