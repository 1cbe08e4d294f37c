namespace Frontdesk.Grains.Bookings;

public sealed record BookingConfirmed(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
