namespace Frontdesk.Grains.Wallets;

/// <summary>
/// A pack or membership sold to the client. <see cref="Sessions"/> null is unlimited; <see cref="DailyFrom"/>..<see cref="DailyTo"/>
/// (branch local time) limits a day-time membership; <see cref="PersonsPerVisit"/> 2 is a pair membership. Paid from the wallet
/// (<see cref="PaymentMethod.Wallet"/>) it is a ledger entry; otherwise the money is taken at the desk.
/// </summary>
public sealed record PackSale(
    string PackId,
    string Name,
    PackKind Kind,
    IReadOnlyList<string> ServiceIds,
    int? Sessions,
    Money Price,
    PaymentMethod PaidBy,
    DateOnly ValidFrom,
    DateOnly? ValidUntil = null,
    TimeOnly? DailyFrom = null,
    TimeOnly? DailyTo = null,
    int PersonsPerVisit = 1);
