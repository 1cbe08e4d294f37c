namespace Frontdesk.Grains.Bookings;

/// <summary>
/// A booking put back to <paramref name="Status"/> (unconfirmed or confirmed) after a mistaken cancellation, no-show or
/// check-in: a new change that undoes the earlier one, never an erasure of it.
/// </summary>
public sealed record BookingReinstated(string BookingId, BookingStatus Status, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
