using Frontdesk.Grains.Scheduling;
using Frontdesk.Grains.Waitlist;

namespace Frontdesk.Grains.Bookings;

/// <summary>A specialist-day as the fold of its events. The key (branch, specialist, date) is not state: it is the grain's identity.</summary>
public sealed class SpecialistDayState : IJournaledState<SpecialistDayEvent>
{
    public Dictionary<string, Booking> Bookings { get; set; } = [];

    /// <summary>Operation id → booking id: a command repeated with the same id answers the same booking.</summary>
    public Dictionary<string, string> Operations { get; set; } = [];

    public int LastSequence { get; set; }
    public List<WorkingInterval>? PinnedHours { get; set; }
    public List<OutboxItem> Outbox { get; set; } = [];
    public int OutboxCounter { get; set; }

    public void Apply(SpecialistDayEvent @event)
    {
        switch (@event)
        {
            case BookingPlaced e:
                Bookings[e.Booking.Id] = e.Booking;
                Operations[e.OperationId] = e.Booking.Id;
                LastSequence = Math.Max(LastSequence, SequenceOf(e.Booking));
                if (e.PinHours is not null) PinnedHours = [.. e.PinHours];
                if (e.Claim is not null) Enqueue(OutboxKind.ClaimResource, e.Booking.Id, e.Booking.ResourceId, claim: e.Claim);
                break;
            case HoldConverted e:
                Operations[e.OperationId] = e.BookingId;
                Update(e.BookingId, b => b with { Client = e.Client, Status = e.Status, Notes = e.Notes ?? b.Notes, HoldExpiresAt = null });
                break;
            case BookingConfirmed e: Update(e.BookingId, b => b with { Status = BookingStatus.Confirmed }); break;
            case ClientArrived e: Update(e.BookingId, b => b with { Status = BookingStatus.Arrived, ArrivedAt = e.At }); break;
            case VisitStarted e: Update(e.BookingId, b => b with { Status = BookingStatus.InProgress, ActualStart = e.At }); break;
            case VisitReopened e: Update(e.BookingId, b => b with { Status = BookingStatus.Arrived, ActualEnd = null }); break;
            case VisitCompleted e: Update(e.BookingId, b => b with { Status = BookingStatus.Completed, ActualStart = b.ActualStart ?? e.At, ActualEnd = e.At }); break;
            case BookingCancelled e: Release(e.BookingId, b => b with { Status = BookingStatus.Cancelled, CancelReason = e.Reason }, e.At); break;
            case BookingMarkedNoShow e: Release(e.BookingId, b => b with { Status = BookingStatus.NoShow }, e.At); break;
            case HoldExpired e: Release(e.BookingId, b => b with { Status = BookingStatus.Cancelled, CancelReason = "hold-expired" }, e.At); break;
            case BookingTransferredOut e:
                Release(e.BookingId, b => b with { Status = BookingStatus.Cancelled, CancelReason = "moved", MovedTo = e.MovedTo }, e.At);
                break;
            case ResourceUnavailable e:
                Release(e.BookingId, b => b with { Status = BookingStatus.Cancelled, CancelReason = $"no-free-{e.ResourceType}" }, e.At);
                break;
            case PendingConfirmed e: Update(e.BookingId, b => b with { Status = e.Status }); break;
            case NotesEdited e: Update(e.BookingId, b => b with { Notes = e.Notes }); break;
            case BookingFlagged e: Update(e.BookingId, b => b with { NeedsCallReason = e.Reason }); break;
            case HoursPinned e: PinnedHours = [.. e.Hours]; break;
            case BookingRescheduled e:
                Bookings[e.Booking.Id] = e.Booking;
                if (e.Claim is not null) Enqueue(OutboxKind.ClaimResource, e.Booking.Id, e.Booking.ResourceId, claim: e.Claim);
                break;
            case BookingReverted e: Bookings[e.Booking.Id] = e.Booking; break;
            case BookingReinstated e: Update(e.BookingId, b => b with { Status = e.Status, CancelReason = null, ArrivedAt = null }); break;
            case ResourceClaimed e:
                var before = Bookings[e.BookingId];
                if (before.ResourceId is { } old && old != e.ResourceId) Enqueue(OutboxKind.ReleaseResource, e.BookingId, old);
                Update(e.BookingId, b => b with { ResourceId = e.ResourceId, Status = e.Status });
                break;
            case OutboxItemDone e: Outbox.RemoveAll(i => i.Id == e.ItemId); break;
        }
    }

    private void Update(string bookingId, Func<Booking, Booking> change) => Bookings[bookingId] = change(Bookings[bookingId]);

    /// <summary>A booking stops taking its time: its room is let go, and the waitlist hears of the time given back.</summary>
    private void Release(string bookingId, Func<Booking, Booking> change, DateTimeOffset at)
    {
        var before = Bookings[bookingId];
        var occupied = before.OccupiesAt(at);
        Update(bookingId, change);
        if (before.ResourceId is { } resource) Enqueue(OutboxKind.ReleaseResource, bookingId, resource);
        if (occupied && before.Status != BookingStatus.Held && before.OccupiedTo > at)
            Enqueue(OutboxKind.NotifyWaitlist, bookingId, freed: new FreedSlot(before.DayKey, before.OccupiedFrom, before.OccupiedTo, bookingId));
    }

    private void Enqueue(OutboxKind kind, string bookingId, string? resourceId = null, ResourceClaimRequest? claim = null, FreedSlot? freed = null) =>
        Outbox.Add(new OutboxItem($"{kind}:{bookingId}:{++OutboxCounter}", kind, bookingId, resourceId, claim, freed));

    private static int SequenceOf(Booking booking) =>
        BookingNumber.TryParse(booking.Number, out var number) ? number.Sequence : 0;
}
