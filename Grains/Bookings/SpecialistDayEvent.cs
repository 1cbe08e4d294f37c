using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Bookings;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(BookingPlaced), "booking-placed")]
[JsonDerivedType(typeof(HoldConverted), "hold-converted")]
[JsonDerivedType(typeof(BookingConfirmed), "booking-confirmed")]
[JsonDerivedType(typeof(ClientArrived), "client-arrived")]
[JsonDerivedType(typeof(VisitStarted), "visit-started")]
[JsonDerivedType(typeof(VisitCompleted), "visit-completed")]
[JsonDerivedType(typeof(VisitReopened), "visit-reopened")]
[JsonDerivedType(typeof(BookingCancelled), "booking-cancelled")]
[JsonDerivedType(typeof(BookingMarkedNoShow), "booking-no-show")]
[JsonDerivedType(typeof(HoldExpired), "hold-expired")]
[JsonDerivedType(typeof(BookingRescheduled), "booking-rescheduled")]
[JsonDerivedType(typeof(BookingReverted), "booking-reverted")]
[JsonDerivedType(typeof(BookingReinstated), "booking-reinstated")]
[JsonDerivedType(typeof(BookingTransferredOut), "booking-transferred-out")]
[JsonDerivedType(typeof(PendingConfirmed), "pending-confirmed")]
[JsonDerivedType(typeof(NotesEdited), "notes-edited")]
[JsonDerivedType(typeof(BookingFlagged), "booking-flagged")]
[JsonDerivedType(typeof(HoursPinned), "hours-pinned")]
[JsonDerivedType(typeof(ResourceClaimed), "resource-claimed")]
[JsonDerivedType(typeof(ResourceUnavailable), "resource-unavailable")]
[JsonDerivedType(typeof(OutboxItemDone), "outbox-item-done")]
public abstract record SpecialistDayEvent
{
    /// <summary>The booking the event is about, or null for day-wide events.</summary>
    public abstract string? BookingId { get; }
}
