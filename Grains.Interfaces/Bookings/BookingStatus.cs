namespace Frontdesk.Grains.Bookings;

public enum BookingStatus
{
    /// <summary>Kept for an online client who is filling in the form; gone at its expiry.</summary>
    Held,
    /// <summary>Placed, waiting for its room to be claimed or for the move that places it to finish; the slot is taken.</summary>
    Pending,
    Unconfirmed,
    Confirmed,
    /// <summary>The client is in the building (checked in).</summary>
    Arrived,
    InProgress,
    Completed,
    Cancelled,
    NoShow,
}
