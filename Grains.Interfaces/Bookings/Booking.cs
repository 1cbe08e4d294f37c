using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// A booking as the world sees it. Instants are UTC; <see cref="Date"/> is the branch's local date.
/// <see cref="OccupiedFrom"/>..<see cref="OccupiedTo"/> is the specialist's time it takes, buffers included.
/// </summary>
public sealed record Booking(
    string Id,
    string Number,
    string QrPayload,
    string DayKey,
    string BranchId,
    string SpecialistId,
    DateOnly Date,
    BookingClient Client,
    IReadOnlyList<ServiceLine> Services,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset OccupiedFrom,
    DateTimeOffset OccupiedTo,
    BookingStatus Status,
    BookingSource Source,
    Money Total,
    DateTimeOffset CreatedAt,
    string? Notes = null,
    DateTimeOffset? HoldExpiresAt = null,
    string? VisitId = null,
    string? ResourceId = null,
    string? MovedFrom = null,
    string? MovedTo = null,
    string? CancelReason = null,
    string? NeedsCallReason = null,
    DateTimeOffset? ArrivedAt = null,
    DateTimeOffset? ActualStart = null,
    DateTimeOffset? ActualEnd = null)
{
    /// <summary>Takes the specialist's time (and its room's): everything but cancelled, no-show, and holds past their expiry.</summary>
    public bool OccupiesAt(DateTimeOffset now) => Status switch
    {
        BookingStatus.Cancelled or BookingStatus.NoShow => false,
        BookingStatus.Held => HoldExpiresAt > now,
        _ => true,
    };
}
