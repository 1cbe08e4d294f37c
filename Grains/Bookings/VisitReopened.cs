namespace Frontdesk.Grains.Bookings;

/// <summary>A completed visit's settlement was voided: the booking is arrived again, to be settled anew.</summary>
public sealed record VisitReopened(string BookingId, DateTimeOffset At) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
