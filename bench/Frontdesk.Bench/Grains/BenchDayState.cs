using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

/// <summary>A specialist's day as the memory scenario holds it: working hours and the bookings made so far.</summary>
public sealed class BenchDayState : IJournaledState<BenchBooked>
{
    public TimeOnly Opens { get; set; } = new(9, 0);
    public TimeOnly Closes { get; set; } = new(18, 0);
    public List<BenchBooking> Bookings { get; set; } = [];

    public void Apply(BenchBooked @event) => Bookings.Add(@event.Booking);
}
