namespace Frontdesk.Grains.Bookings;

/// <summary>The booking takes new times the same day (Pending while a room for them is claimed).</summary>
public sealed record BookingRescheduled(Booking Booking, ResourceClaimRequest? Claim) : SpecialistDayEvent
{
    public override string BookingId => Booking.Id;
}
