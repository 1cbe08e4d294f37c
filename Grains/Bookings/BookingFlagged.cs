namespace Frontdesk.Grains.Bookings;

/// <summary>Someone must call the client (the schedule changed under the booking, its room was lost…).</summary>
public sealed record BookingFlagged(string BookingId, string Reason) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
