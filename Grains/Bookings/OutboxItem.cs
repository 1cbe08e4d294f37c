using Frontdesk.Grains.Waitlist;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// Something the day must do to another grain because of events it has stored: kept in its state until done, so
/// a crash between the commit and the call only delays it (a reminder finishes it).
/// </summary>
public sealed record OutboxItem(string Id, OutboxKind Kind, string BookingId, string? ResourceId = null, ResourceClaimRequest? Claim = null,
    FreedSlot? Freed = null);
