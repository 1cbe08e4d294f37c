namespace Frontdesk.Grains.Bookings;

public sealed record BookingCancelled(string BookingId, string Reason, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
