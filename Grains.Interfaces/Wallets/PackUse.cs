namespace Frontdesk.Grains.Wallets;

/// <summary>
/// One session of a pack for a visit, at the visit's local date and time (a day-time membership checks the hour).
/// Once per pack and visit: a repeat uses nothing more.
/// </summary>
public sealed record PackUse(string PackId, string VisitId, string ServiceId, DateOnly Date, TimeOnly Time, int Persons = 1);
