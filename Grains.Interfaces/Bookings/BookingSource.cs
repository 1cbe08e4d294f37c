namespace Frontdesk.Grains.Bookings;

public enum BookingSource
{
    Reception,
    Online,
    /// <summary>A client who came in without a booking: booked at once, already arrived.</summary>
    WalkIn,
}
