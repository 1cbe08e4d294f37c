using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Demo;

/// <summary>
/// Plans a believable specialist-day: visits of the services they perform with gaps between them, so that about
/// <c>occupancy</c> of their working time is booked; the second visit of a day two services back to back, every
/// fourth an online booking, every seventh cancelled. The same date gives the same plan (the random numbers are seeded
/// by it), so a second run places exactly the visits the first one did.
/// </summary>
internal static class DemoDayPlanner
{
    private static readonly string[] CancelReasons = ["The client asked to reschedule", "Fell ill", "Could not leave work"];

    public static IEnumerable<DemoVisit> Plan(CatalogView catalog, Specialist specialist, SpecialistDayKey day, IReadOnlyList<WorkingInterval> hours,
        double occupancy, DemoRooms rooms, IReadOnlyList<ClientCard> clients)
    {
        var random = new Random(day.Date.DayNumber * 397 + specialist.Number);
        var grid = catalog.Branch(day.BranchId).GridStepMinutes;
        var services = specialist.ServiceIds.Select(catalog.Service).ToList();
        var meanLength = services.Average(s => s.BufferBeforeMinutes + s.DurationMinutes + s.BufferAfterMinutes);
        // Each visit followed by a pause of about this long books `occupancy` of the time. The plan aims higher, since its
        // cancellations, the grid, and the ends of intervals that no visit fits into all give some of it back.
        var aim = Math.Min(occupancy + 0.2, 0.95);
        var meanPause = Math.Max(0, meanLength * (1 - aim) / aim - grid / 2.0);
        var owners = clients.Where(c => c.OwnerId is null).ToList();
        var children = clients.Where(c => c.OwnerId is not null).ToList();
        var position = 0;
        foreach (var interval in hours)
        {
            var cursor = Minutes(interval.Start) + (int)(random.NextDouble() * meanPause);
            var end = Minutes(interval.End);
            while (true)
            {
                var chosen = Choose(random, services, position == 1);
                var visit = Fit(chosen, cursor, end, grid) ?? Fit([services.MinBy(Length)!], cursor, end, grid);
                if (visit is not { } fit) break;
                var (start, from, to, picked) = fit;
                var room = picked.Select(s => s.ResourceType).OfType<string>().FirstOrDefault();
                if (!rooms.Fits(room, from, to))
                {
                    cursor += grid;
                    continue;
                }
                rooms.Take(room, from, to);
                var forChild = picked.Any(s => s.Id.EndsWith("-kids", StringComparison.Ordinal)) && children.Count > 0;
                var client = forChild ? children[random.Next(children.Count)] : owners[random.Next(owners.Count)];
                yield return new DemoVisit(day, position, new TimeOnly(start / 60, start % 60), [.. picked.Select(s => s.Id)], client,
                    position % 4 == 2 ? BookingSource.Online : BookingSource.Reception, random.NextDouble() < 0.7,
                    position % 7 == 3 ? CancelReasons[random.Next(CancelReasons.Length)] : null);
                position++;
                cursor = to + (int)(random.NextDouble() * 2 * meanPause);
            }
        }
    }

    /// <summary>One service, or two back to back that need at most one kind of room.</summary>
    private static List<Service> Choose(Random random, List<Service> services, bool two)
    {
        var first = services[random.Next(services.Count)];
        if (!two) return [first];
        var second = services.Where(s => s.Id != first.Id && (s.ResourceType is null || first.ResourceType is null || s.ResourceType == first.ResourceType))
            .OrderBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault();
        return second is null ? [first] : [first, second];
    }

    /// <summary>The first start on the grid at or after <paramref name="cursor"/> (preparation included) that ends by <paramref name="end"/>.</summary>
    private static (int Start, int From, int To, List<Service> Services)? Fit(List<Service> services, int cursor, int end, int grid)
    {
        var before = services[0].BufferBeforeMinutes;
        var start = (cursor + before + grid - 1) / grid * grid;
        var to = start + services.Sum(s => s.DurationMinutes) + services[^1].BufferAfterMinutes;
        return to <= end ? (start, start - before, to, services) : null;
    }

    private static int Length(Service s) => s.BufferBeforeMinutes + s.DurationMinutes + s.BufferAfterMinutes;

    private static int Minutes(TimeOnly time) => time.Hour * 60 + time.Minute;
}
