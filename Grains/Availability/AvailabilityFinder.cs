using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Availability;

/// <summary>
/// Finds the nearest free slots for a service across specialists and branches, a date at a time, from each
/// specialist-day's occupancy (the grain's state, or this node's copy of it at the newest version heard of: see
/// <see cref="DayOccupancyCache"/>). It stops as soon as no later date can hold an earlier slot than the ones found.
/// </summary>
public sealed class AvailabilityFinder(IGrainFactory grains, DayOccupancyCache cache, TimeProvider time)
{
    public const int MaxDays = 62;
    public const int MaxLimit = 100;

    public async Task<IReadOnlyList<SlotOption>> FindNearestAsync(SlotSearch search)
    {
        if (search.Days is < 1 or > MaxDays) throw CommandRejectedException.Invalid("invalid-days", $"Search 1 to {MaxDays} days.");
        if (search.Limit is < 1 or > MaxLimit) throw CommandRejectedException.Invalid("invalid-limit", $"Ask for 1 to {MaxLimit} slots.");
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var service = catalog.Service(search.ServiceId);
        var shape = new VisitShape(service.BufferBeforeMinutes, service.DurationMinutes, service.BufferAfterMinutes);
        var branches = BranchesInScope(catalog, search).Select(b => (Branch: b, Zone: TimeZoneInfo.FindSystemTimeZoneById(b.TimeZone))).ToList();
        var specialists = catalog.Specialists
            .Where(s => s.ServiceIds.Contains(service.Id) && (search.SpecialistId is null || s.Id == search.SpecialistId))
            .ToList();
        if (search.SpecialistId is not null && specialists.Count == 0) catalog.Specialist(search.SpecialistId);
        var days = branches.SelectMany(b => specialists.Where(s => s.BranchIds.Contains(b.Branch.Id)).Select(s => (b.Branch, b.Zone, SpecialistId: s.Id))).ToList();
        var now = time.GetUtcNow();
        var from = search.From ?? branches.Select(b => BranchClock.Today(now, b.Zone)).DefaultIfEmpty(DateOnly.FromDateTime(now.UtcDateTime)).Min();

        var found = new List<SlotOption>(search.Limit + 1);
        for (var date = from; date < from.AddDays(search.Days); date = date.AddDays(1))
        {
            var keys = new SpecialistDayKey[days.Count];
            var occupancies = new DayOccupancy[days.Count];
            List<Task>? missing = null;
            for (var i = 0; i < days.Count; i++)
            {
                keys[i] = new SpecialistDayKey(days[i].Branch.Id, days[i].SpecialistId, date);
                if (cache.TryGet(keys[i], out occupancies[i])) continue;
                // Days not cached (the first search, or changed since) are read from their grains together.
                var at = i;
                (missing ??= []).Add(Task.Run(async () => occupancies[at] = await cache.FetchAsync(grains, keys[at])));
            }
            if (missing is not null) await Task.WhenAll(missing);
            for (var i = 0; i < days.Count; i++)
            {
                var (branch, zone, key, occupancy) = (days[i].Branch, days[i].Zone, keys[i], occupancies[i]);
                var cutoff = found.Count == search.Limit ? found[^1].StartsAt : DateTimeOffset.MaxValue;
                foreach (var (local, utc) in FreeStarts.Compute(date, zone, occupancy, shape, branch.GridStepMinutes, now, search.Limit, cutoff))
                    Insert(found, new SlotOption(key.ToString(), branch.Id, key.SpecialistId, date, local, utc), search.Limit);
            }
            // The next date starts, at the earliest, at its midnight in the scope's easternmost zone.
            var nextDateBegins = branches.Select(b => BranchClock.StartOfDayUtc(date.AddDays(1), b.Zone)).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            if (found.Count == search.Limit && found[^1].StartsAt <= nextDateBegins) break;
        }
        return found;
    }

    /// <summary>Keeps the earliest <paramref name="limit"/> slots in order (ties: by specialist), dropping the rest.</summary>
    private static void Insert(List<SlotOption> found, SlotOption slot, int limit)
    {
        var at = found.Count;
        while (at > 0 && Earlier(slot, found[at - 1])) at--;
        if (at >= limit) return;
        found.Insert(at, slot);
        if (found.Count > limit) found.RemoveAt(found.Count - 1);
    }

    private static bool Earlier(SlotOption a, SlotOption b) =>
        a.StartsAt < b.StartsAt || (a.StartsAt == b.StartsAt && string.CompareOrdinal(a.SpecialistId, b.SpecialistId) < 0);

    private static IReadOnlyList<Branch> BranchesInScope(CatalogView catalog, SlotSearch search)
    {
        if (search.BranchId is not null) return [catalog.Branch(search.BranchId)];
        var branches = catalog.Branches.Where(b => search.City is null || string.Equals(b.City, search.City, StringComparison.CurrentCultureIgnoreCase)).ToList();
        if (branches.Count == 0 && search.City is not null)
            throw CommandRejectedException.NotFound("unknown-city", $"The chain has no branch in '{search.City}'.");
        return branches;
    }
}
