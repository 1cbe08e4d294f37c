namespace Frontdesk.Grains.Bookings;

public sealed record OutboxItemDone(string ItemId) : SpecialistDayEvent
{
    public override string? BookingId => null;
}
