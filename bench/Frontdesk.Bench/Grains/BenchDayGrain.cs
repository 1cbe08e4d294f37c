using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

[GrainType("bench-day")]
public sealed class BenchDayGrain : JournaledGrain<BenchDayState, BenchBooked>, IBenchDayGrain
{
    public Task<int> BookAsync(string client, string service, DateTime startsAtUtc, int minutes)
    {
        var ends = startsAtUtc.AddMinutes(minutes);
        if (State.Bookings.Any(b => b.StartsAtUtc < ends && startsAtUtc < b.StartsAtUtc.AddMinutes(b.Minutes)))
            throw new InvalidOperationException($"{startsAtUtc:HH:mm} overlaps another booking.");
        RaiseEvent(new BenchBooked(new BenchBooking(Guid.NewGuid(), client, service, startsAtUtc, minutes, "booked")));
        return Task.FromResult(State.Bookings.Count);
    }
}
