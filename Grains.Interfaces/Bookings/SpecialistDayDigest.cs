namespace Frontdesk.Grains.Bookings;

/// <summary>What the "specialist-days" index says of a day: enough to know which days hold bookings without waking them.</summary>
public sealed record SpecialistDayDigest(string DayKey, string BranchId, string SpecialistId, DateOnly Date, int ActiveBookings, long Version);
