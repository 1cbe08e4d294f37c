namespace Frontdesk.Grains.Bookings;

/// <summary>No room of the kind needed was free: the pending booking is cancelled.</summary>
public sealed record ResourceUnavailable(string BookingId, string ResourceType, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
