namespace Frontdesk.Grains.Bookings;

/// <summary>The booking takes new times the same day (Pending while a room for them is claimed).</summary>
public sealed record BookingRescheduled(Booking Booking, ResourceClaimRequest? Claim) : SpecialistDayEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string BookingId => Booking.Id;
}
