namespace Frontdesk.Grains.CashDesk;

/// <summary>A cashier's shift at the desk; <see cref="ClosedAt"/> is null while it is open.</summary>
public sealed record CashShift(int Number, string CashierId, DateTimeOffset OpenedAt, long OpeningCash, DateTimeOffset? ClosedAt = null, long? ClosingCash = null);
