namespace Frontdesk.Grains.Bookings;

/// <summary>An online hold became a booking for the client who held it.</summary>
public sealed record HoldConverted(string BookingId, string OperationId, BookingClient Client, BookingStatus Status, string? Notes, DateTimeOffset At)
    : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
