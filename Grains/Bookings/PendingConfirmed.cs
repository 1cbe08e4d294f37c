namespace Frontdesk.Grains.Bookings;

public sealed record PendingConfirmed(string BookingId, BookingStatus Status, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
