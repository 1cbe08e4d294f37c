namespace Frontdesk.Grains.Bookings;

/// <summary>Time a booking takes from the specialist (buffers included); a hold's only until <see cref="HeldUntil"/>.</summary>
public sealed record OccupiedSpan(DateTimeOffset From, DateTimeOffset To, DateTimeOffset? HeldUntil = null);
