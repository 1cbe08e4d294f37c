namespace Frontdesk.Grains.Bookings;

public sealed record BookingMarkedNoShow(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
