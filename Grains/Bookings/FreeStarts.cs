namespace Frontdesk.Grains.Bookings;

/// <summary>
/// The local start times, on a grid, at which a visit of a given shape fits a day: inside one working interval with its
/// buffers, clear of every booking that holds its time, and not before now. One rule for the day grain and for the
/// nearest-slot search, so the two never disagree.
/// </summary>
internal static class FreeStarts
{
    /// <param name="notAfter">Starts later than this are not wanted (the search already has enough earlier ones).</param>
    public static List<(TimeOnly Local, DateTimeOffset Utc)> Compute(DateOnly date, TimeZoneInfo zone, DayOccupancy day, VisitShape shape, int stepMinutes,
        DateTimeOffset now, int limit = int.MaxValue, DateTimeOffset? notAfter = null)
    {
        var free = new List<(TimeOnly, DateTimeOffset)>();
        if (day.Hours.Count == 0) return free;
        var hours = BranchClock.ToUtc(date, day.Hours, zone);
        var before = TimeSpan.FromMinutes(shape.BeforeMinutes);
        var after = TimeSpan.FromMinutes(shape.Minutes + shape.AfterMinutes);
        foreach (var interval in day.Hours)
        {
            var first = (interval.Start.Hour * 60 + interval.Start.Minute + stepMinutes - 1) / stepMinutes * stepMinutes;
            var end = interval.End.Hour * 60 + interval.End.Minute;
            // Without a clock change inside the interval, local minutes map to UTC by one offset: no zone lookup per start.
            var offset = SteadyOffset(date, interval.Start, interval.End, zone);
            var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            for (var minute = first; minute < end; minute += stepMinutes)
            {
                var local = new TimeOnly(minute / 60, minute % 60);
                DateTimeOffset start;
                if (offset is { } steady) start = new DateTimeOffset(midnight.AddMinutes(minute), steady).ToUniversalTime();
                else if (BranchClock.ToUtc(date, local, zone) is { } converted) start = converted;
                else continue;
                if (start < now) continue;
                if (start > notAfter) break;
                var span = new UtcSpan(start - before, start + after);
                if (!Fits(hours, span) || Taken(day.Occupied, span, now)) continue;
                free.Add((local, start));
                if (free.Count == limit) return free;
            }
        }
        return free;
    }

    private static TimeSpan? SteadyOffset(DateOnly date, TimeOnly from, TimeOnly to, TimeZoneInfo zone)
    {
        if (!zone.SupportsDaylightSavingTime) return zone.BaseUtcOffset;
        var start = date.ToDateTime(from, DateTimeKind.Unspecified);
        var end = date.ToDateTime(to, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(start) || zone.IsAmbiguousTime(start) || zone.IsInvalidTime(end) || zone.IsAmbiguousTime(end)) return null;
        var offset = zone.GetUtcOffset(start);
        return zone.GetUtcOffset(end) == offset && zone.GetUtcOffset(start.AddHours(12)) == offset ? offset : null;
    }

    private static bool Fits(IReadOnlyList<UtcSpan> hours, UtcSpan span)
    {
        foreach (var h in hours) if (h.Contains(span)) return true;
        return false;
    }

    private static bool Taken(IReadOnlyList<OccupiedSpan> occupied, UtcSpan span, DateTimeOffset now)
    {
        foreach (var o in occupied)
            if (span.From < o.To && o.From < span.To && (o.HeldUntil is not { } until || until > now)) return true;
        return false;
    }
}
