using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Demo;

/// <summary>Where the demo takes a booking after placing it; no status: it stays as booked.</summary>
internal sealed record DemoStep(BookingStatus? Status, string? Reason = null)
{
    public static readonly DemoStep AsBooked = new((BookingStatus?)null);

    public static DemoStep Cancel(string reason) => new(BookingStatus.Cancelled, reason);
}
