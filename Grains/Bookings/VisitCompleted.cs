namespace Frontdesk.Grains.Bookings;

public sealed record VisitCompleted(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
