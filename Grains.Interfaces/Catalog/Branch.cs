namespace Frontdesk.Grains.Catalog;

/// <param name="Code">Short and unique in the chain (e.g. "CEN"): it starts every booking number of the branch.</param>
/// <param name="TimeZone">IANA zone (e.g. "Europe/Moscow"): every local time of the branch is in it.</param>
/// <param name="GridStepMinutes">The calendar's default row step for this branch.</param>
public sealed record Branch(
    string Id,
    string Code,
    string Name,
    string City,
    string Address,
    string TimeZone,
    string Currency,
    IReadOnlyList<OpeningHours> OpeningHours,
    IReadOnlyList<DateOnly> DaysOff,
    int GridStepMinutes = 15);
