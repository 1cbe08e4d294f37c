namespace Frontdesk.Grains.Bookings;

/// <summary>
/// Where to look for the nearest free slots of a service: one branch, the branches of a city, or the whole chain
/// (neither given); optionally one specialist; from a date (default: today) for a number of days.
/// </summary>
public sealed record SlotSearch(string ServiceId, string? BranchId = null, string? City = null, string? SpecialistId = null,
    DateOnly? From = null, int Days = 14, int Limit = 10);
