namespace Frontdesk.Grains.Bookings;

public sealed record ResourceClaimed(string BookingId, string ResourceId, BookingStatus Status) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
