using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

/// <summary>A stand-in for the specialist-day grain, for measuring what ten thousand active days cost in memory.</summary>
public interface IBenchDayGrain : IGrainWithStringKey
{
    /// <summary>Books the slot unless it overlaps another booking; answers how many bookings the day has.</summary>
    Task<int> BookAsync(string client, string service, DateTime startsAtUtc, int minutes);
}
