using System.Collections.Concurrent;
using Frontdesk.Grains.Bookings;

namespace Frontdesk.Grains.Availability;

/// <summary>
/// This node's copies of specialist-days' occupancy, for the nearest-slot search. A copy is used only while no newer
/// version of its day has been heard of: every commit this node makes or hears of through the database (the change
/// feed) raises the day's known version, and a schedule or catalog commit retires the copies it may change. So an
/// answer is never staler than the grain's own activation on this node would be.
/// </summary>
public sealed class DayOccupancyCache : IDisposable
{
    private const string DayGrain = "specialist-day";
    private const string ScheduleGrain = "specialist-schedule";
    private const string CatalogGrain = "catalog";

    private readonly ConcurrentDictionary<string, Entry> _days = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _heard = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _scheduleEpochs = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;
    private long _catalogEpoch;
    private long _hits;
    private long _misses;

    public DayOccupancyCache(GrainChangeFeed feed) => _subscription = feed.Subscribe(Heard);

    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>The cached copy, if it is still the newest version heard of.</summary>
    public bool TryGet(SpecialistDayKey key, out DayOccupancy day)
    {
        var dayKey = key.ToString();
        if (_days.TryGetValue(dayKey, out var cached) && cached.Epoch == Epoch(key.SpecialistId) && cached.Day.Version >= _heard.GetValueOrDefault(dayKey))
        {
            Interlocked.Increment(ref _hits);
            day = cached.Day;
            return true;
        }
        day = null!;
        return false;
    }

    /// <summary>Reads the day from its grain and keeps the copy.</summary>
    public async Task<DayOccupancy> FetchAsync(IGrainFactory grains, SpecialistDayKey key)
    {
        Interlocked.Increment(ref _misses);
        // The epochs are read before the grain: a change that lands while it is read makes this copy count as old.
        var epoch = Epoch(key.SpecialistId);
        var day = await grains.GetGrain<ISpecialistDayGrain>(key.ToString()).GetOccupancyAsync();
        _days[key.ToString()] = new Entry(day, epoch);
        return day;
    }

    private (long Catalog, long Schedule) Epoch(string specialistId) =>
        (Interlocked.Read(ref _catalogEpoch), _scheduleEpochs.GetValueOrDefault(specialistId));

    private void Heard(GrainChange change)
    {
        switch (change.Grain.Type)
        {
            case DayGrain:
                _heard.AddOrUpdate(change.Grain.Key, change.Version, (_, known) => Math.Max(known, change.Version));
                break;
            case ScheduleGrain:
                _scheduleEpochs.AddOrUpdate(change.Grain.Key, 1, (_, epoch) => epoch + 1);
                break;
            case CatalogGrain:
                Interlocked.Increment(ref _catalogEpoch);
                break;
        }
    }

    public void Dispose() => _subscription.Dispose();

    private sealed record Entry(DayOccupancy Day, (long Catalog, long Schedule) Epoch);
}
