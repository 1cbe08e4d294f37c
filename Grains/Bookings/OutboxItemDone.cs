namespace Frontdesk.Grains.Bookings;

public sealed record OutboxItemDone(string ItemId) : SpecialistDayEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string? BookingId => null;
}
