namespace Frontdesk.Grains.Bookings;

public sealed record ClientArrived(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
