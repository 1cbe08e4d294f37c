namespace Frontdesk.Grains.Bookings;

/// <summary>
/// A room of <paramref name="ResourceType"/> to claim for a pending booking's time; on success the booking takes
/// <paramref name="Then"/>, on failure it is cancelled, or, when <paramref name="Revert"/> is set, put back as it was.
/// </summary>
public sealed record ResourceClaimRequest(string ResourceType, BookingStatus Then, Booking? Revert);
