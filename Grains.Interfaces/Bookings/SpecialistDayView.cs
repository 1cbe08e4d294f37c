using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>A specialist-day at one version: its working hours (branch hours applied) and its bookings.</summary>
/// <param name="HoursPinned">True when the day keeps hours of its own instead of following the schedule.</param>
public sealed record SpecialistDayView(
    string Key,
    string BranchId,
    string SpecialistId,
    DateOnly Date,
    long Version,
    IReadOnlyList<WorkingInterval> Hours,
    bool HoursPinned,
    IReadOnlyList<Booking> Bookings);
