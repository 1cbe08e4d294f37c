using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Availability;

/// <summary>
/// Finds the nearest free slots for a service across specialists and branches. The answers come from the
/// specialist-days themselves (their current state, caught up with other nodes), never from a copy that could be
/// stale; only the days the schedules say are worked are asked, a date at a time, the days of one date at once.
/// </summary>
public sealed class AvailabilityFinder(IGrainFactory grains, TimeProvider time)
{
    public const int MaxDays = 62;
    public const int MaxLimit = 100;

    public async Task<IReadOnlyList<SlotOption>> FindNearestAsync(SlotSearch search)
    {
        if (search.Days is < 1 or > MaxDays) throw CommandRejectedException.Invalid("invalid-days", $"Search 1 to {MaxDays} days.");
        if (search.Limit is < 1 or > MaxLimit) throw CommandRejectedException.Invalid("invalid-limit", $"Ask for 1 to {MaxLimit} slots.");
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var service = catalog.Service(search.ServiceId);
        var branches = BranchesInScope(catalog, search);
        var specialists = catalog.Specialists
            .Where(s => s.ServiceIds.Contains(service.Id) && (search.SpecialistId is null || s.Id == search.SpecialistId))
            .Where(s => s.BranchIds.Any(branches.ContainsKey))
            .ToList();
        if (search.SpecialistId is not null && specialists.Count == 0) catalog.Specialist(search.SpecialistId);
        var now = time.GetUtcNow();
        var from = search.From ?? branches.Values.Select(b => BranchClock.Today(now, TimeZoneInfo.FindSystemTimeZoneById(b.TimeZone))).DefaultIfEmpty(DateOnly.FromDateTime(now.UtcDateTime)).Min();
        var to = from.AddDays(search.Days - 1);

        var worked = (await Task.WhenAll(specialists.Select(async s =>
                (await grains.GetGrain<ISpecialistScheduleGrain>(s.Id).GetDaysAsync(from, to))
                .Where(d => branches.ContainsKey(d.BranchId))
                .Select(d => new SpecialistDayKey(d.BranchId, s.Id, d.Date)))))
            .SelectMany(days => days)
            .GroupBy(k => k.Date)
            .OrderBy(g => g.Key);

        var found = new List<SlotOption>();
        foreach (var date in worked)
        {
            var perDay = await Task.WhenAll(date.Select(async key =>
            {
                var starts = await grains.GetGrain<ISpecialistDayGrain>(key.ToString()).GetFreeStartsAsync([service.Id], branches[key.BranchId].GridStepMinutes);
                var zone = TimeZoneInfo.FindSystemTimeZoneById(branches[key.BranchId].TimeZone);
                return starts.Select(start => new SlotOption(key.ToString(), key.BranchId, key.SpecialistId, key.Date, start, BranchClock.ToUtc(key.Date, start, zone)!.Value));
            }));
            found.AddRange(perDay.SelectMany(s => s));
            // Dates are local to each branch; one date of a chain spanning zones ends within a day of the next, so a
            // date's worth beyond the limit is enough to be sure nothing earlier is missing.
            if (found.Count >= search.Limit && found.Min(f => f.Date) < date.Key) break;
        }
        return [.. found.OrderBy(f => f.StartsAt).ThenBy(f => f.SpecialistId, StringComparer.Ordinal).Take(search.Limit)];
    }

    private static Dictionary<string, Branch> BranchesInScope(CatalogView catalog, SlotSearch search)
    {
        if (search.BranchId is not null) return new() { [search.BranchId] = catalog.Branch(search.BranchId) };
        var branches = catalog.Branches.Where(b => search.City is null || string.Equals(b.City, search.City, StringComparison.CurrentCultureIgnoreCase)).ToList();
        if (branches.Count == 0 && search.City is not null)
            throw CommandRejectedException.NotFound("unknown-city", $"The chain has no branch in '{search.City}'.");
        return branches.ToDictionary(b => b.Id);
    }
}
