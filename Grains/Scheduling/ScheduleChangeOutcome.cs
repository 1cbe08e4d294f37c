namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// What a schedule change did: the dates whose hours changed, the bookings flagged for a call (when forced), and the
/// days that kept their hours because a booking arrived between the check and the change (never when forced).
/// </summary>
public sealed record ScheduleChangeOutcome(
    ScheduleView Schedule, IReadOnlyList<DateOnly> ChangedDates, IReadOnlyList<Bookings.Booking> Flagged, IReadOnlyList<Bookings.WorkingHoursOutcome> KeptHours);
