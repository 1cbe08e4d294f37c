namespace Frontdesk.Grains.Bookings;

public sealed record ResourceDayView(string Key, long Version, IReadOnlyList<ResourceClaim> Claims);
