namespace Frontdesk.Grains.Bookings;

/// <summary>A reschedule whose room could not be had: the booking is back as it was.</summary>
public sealed record BookingReverted(Booking Booking, string Reason) : SpecialistDayEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string BookingId => Booking.Id;
}
