namespace Frontdesk.Grains.Waitlist;

/// <summary>Time a cancellation (or no-show, or move) gave back to a specialist's day, UTC.</summary>
public sealed record FreedSlot(string DayKey, DateTimeOffset From, DateTimeOffset To, string ReleasedBookingId);
