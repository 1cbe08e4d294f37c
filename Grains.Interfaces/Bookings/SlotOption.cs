namespace Frontdesk.Grains.Bookings;

/// <summary>A free start for a service: where, with whom, when (local time at the branch and the UTC instant).</summary>
public sealed record SlotOption(string DayKey, string BranchId, string SpecialistId, DateOnly Date, TimeOnly Start, DateTimeOffset StartsAt);
