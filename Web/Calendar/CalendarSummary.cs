using Frontdesk.Grains.Bookings;

namespace Frontdesk.Web.Calendar;

/// <param name="Visits">Bookings that take their time: every status but held, cancelled and no-show.</param>
/// <param name="Arrived">Clients who came: arrived, in progress or completed.</param>
/// <param name="Cancelled">Cancelled bookings, not counting those moved to another day or specialist.</param>
public sealed record CalendarSummary(int Visits, int Arrived, int NoShows, int Cancelled)
{
    public static CalendarSummary Of(IEnumerable<Booking> bookings)
    {
        var all = bookings.ToList();
        return new CalendarSummary(
            all.Count(b => b.Status is not (BookingStatus.Held or BookingStatus.Cancelled or BookingStatus.NoShow)),
            all.Count(b => b.Status is BookingStatus.Arrived or BookingStatus.InProgress or BookingStatus.Completed),
            all.Count(b => b.Status == BookingStatus.NoShow),
            all.Count(b => b.Status == BookingStatus.Cancelled && b.MovedTo is null));
    }
}
