namespace Frontdesk.Grains.Bookings;

public sealed record VisitStarted(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
