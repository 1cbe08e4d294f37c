using System.Text.Json;
using Frontdesk.Grains;
using Frontdesk.Grains.Audit;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;

namespace Frontdesk.Web.Audit;

/// <summary>
/// Undoes one change of a booking by making new ones, never by erasing history: the booking's creation is undone by
/// cancelling it, a change of time by moving it back, of notes by writing them back, a mistaken cancellation, no-show or
/// check-in by putting the booking back (if its time is still free). Each is an ordinary command (checked against the
/// day as it is now, audited under whoever reverts). A visit started or completed is not turned back: that is refused,
/// saying so (a completed visit is reopened by voiding its settlement).
/// </summary>
public sealed class BookingReverter(IGrainFactory grains, BookingLocator locator, AuditHistory history, SiloOptions silo)
{
    public async Task<Booking> RevertAsync(string number, string entryId)
    {
        var (day, current) = await locator.FindAsync(number);
        var entry = await history.FindAsync(entryId);
        if (entry is null || entry.Subject != AuditSubjects.Booking(current.Id))
            throw CommandRejectedException.NotFound("unknown-audit-entry", $"Booking {current.Number} has no history entry '{entryId}'.",
                new Dictionary<string, object?> { ["entryId"] = entryId });
        var grain = grains.GetGrain<ISpecialistDayGrain>(day.ToString());
        var reason = $"revert of {entryId}";
        if (entry.Before is not { ValueKind: JsonValueKind.Object } beforeJson)
            return current.Status == BookingStatus.Cancelled ? current : await grain.CancelAsync(current.Id, reason);
        var before = beforeJson.Deserialize<Booking>(silo.Json)!;
        if (before.DayKey != current.DayKey)
            throw Unrevertable(current, "it moved to another day or specialist since; move it back instead");
        var result = current;
        if (before.Status != current.Status && !(current.Status is BookingStatus.Confirmed && before.Status is BookingStatus.Unconfirmed))
        {
            // Only the entry that made the status what it is now is undone by putting the booking back: reverting an older
            // change (a move) of a booking cancelled since must not bring it back as a side effect.
            var madeNow = entry.After is { ValueKind: JsonValueKind.Object } afterJson && afterJson.Deserialize<Booking>(silo.Json)!.Status == current.Status;
            var mistaken = (before.Status is BookingStatus.Unconfirmed or BookingStatus.Confirmed)
                && (current.Status is BookingStatus.Cancelled or BookingStatus.NoShow or BookingStatus.Arrived);
            if (!(madeNow && mistaken))
                throw Unrevertable(current, $"its status went from {before.Status} to {current.Status}, which is not turned back; book again if needed");
            result = await grain.ReinstateAsync(current.Id, before.Status);
        }
        if (before.Start != current.Start)
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById((await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Branch(day.BranchId).TimeZone);
            result = await grain.MoveWithinDayAsync(current.Id, TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(before.Start, zone).DateTime));
        }
        if (before.Notes != current.Notes) result = await grain.EditNotesAsync(current.Id, before.Notes);
        return result;
    }

    private static CommandRejectedException Unrevertable(Booking booking, string why) =>
        CommandRejectedException.Unprocessable("revert-not-possible", $"That change of booking {booking.Number} cannot be undone: {why}.");
}
