namespace Frontdesk.Grains.Bookings;

/// <summary>
/// The local start times, on a grid, at which a visit of a given shape fits a day: inside one working interval with its
/// buffers, clear of every booking that holds its time, and not before now. One rule for the day grain and for the
/// nearest-slot search, so the two never disagree.
/// </summary>
internal static class FreeStarts
{
    public static List<TimeOnly> Compute(DateOnly date, TimeZoneInfo zone, DayOccupancy day, VisitShape shape, int stepMinutes, DateTimeOffset now,
        int limit = int.MaxValue)
    {
        var free = new List<TimeOnly>();
        var hours = BranchClock.ToUtc(date, day.Hours, zone);
        foreach (var interval in day.Hours)
        {
            var minute = (interval.Start.Hour * 60 + interval.Start.Minute + stepMinutes - 1) / stepMinutes * stepMinutes;
            for (; minute < interval.End.Hour * 60 + interval.End.Minute; minute += stepMinutes)
            {
                var local = new TimeOnly(minute / 60, minute % 60);
                if (BranchClock.ToUtc(date, local, zone) is not { } start || start < now) continue;
                var span = new UtcSpan(start.AddMinutes(-shape.BeforeMinutes), start.AddMinutes(shape.Minutes + shape.AfterMinutes));
                if (!hours.Any(h => h.Contains(span)) || day.Occupied.Any(o => Takes(o, now) && span.Overlaps(new UtcSpan(o.From, o.To)))) continue;
                free.Add(local);
                if (free.Count == limit) return free;
            }
        }
        return free;
    }

    private static bool Takes(OccupiedSpan span, DateTimeOffset now) => span.HeldUntil is not { } until || until > now;
}
