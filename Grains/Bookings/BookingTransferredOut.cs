namespace Frontdesk.Grains.Bookings;

/// <summary>The booking moved to another day or specialist; <paramref name="MovedTo"/> is its number there.</summary>
public sealed record BookingTransferredOut(string BookingId, string MovedTo, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
