namespace Frontdesk.Grains.Bookings;

public sealed record NotesEdited(string BookingId, string? Notes) : SpecialistDayEvent
{
    public override string BookingId { get; } = BookingId;
}
