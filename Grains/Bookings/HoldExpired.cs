namespace Frontdesk.Grains.Bookings;

public sealed record HoldExpired(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
