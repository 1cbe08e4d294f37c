namespace Frontdesk.Grains.Bookings;

public sealed record ResourceClaimReleased(string BookingId) : ResourceDayEvent;
