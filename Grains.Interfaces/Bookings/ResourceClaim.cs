namespace Frontdesk.Grains.Bookings;

/// <summary>A booking's hold on a room for its time (UTC, buffers included).</summary>
public sealed record ResourceClaim(string BookingId, string DayKey, DateTimeOffset From, DateTimeOffset To);
