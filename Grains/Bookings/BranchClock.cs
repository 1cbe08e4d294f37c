using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// Local wall-clock times of a branch to UTC instants and back. On a spring-forward day the skipped local times do
/// not exist (a start there is refused; an hours boundary there moves to the end of the gap); on a fall-back day a
/// repeated local time means its first occurrence.
/// </summary>
internal static class BranchClock
{
    public static DateTimeOffset? ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return null;
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>Like <see cref="ToUtc"/>, but a time inside a gap becomes the first instant after it.</summary>
    public static DateTimeOffset ToUtcOrAfterGap(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset EndOfDayUtc(DateOnly date, TimeZoneInfo zone) => ToUtcOrAfterGap(date.AddDays(1), TimeOnly.MinValue, zone);

    public static DateTimeOffset StartOfDayUtc(DateOnly date, TimeZoneInfo zone) => ToUtcOrAfterGap(date, TimeOnly.MinValue, zone);

    public static DateTimeOffset ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(now, zone).DateTime);

    /// <summary>Local intervals as UTC spans; an interval that ends at midnight (00:00 of the next day) is allowed as 24:00.</summary>
    public static IReadOnlyList<UtcSpan> ToUtc(DateOnly date, IReadOnlyList<WorkingInterval> hours, TimeZoneInfo zone) =>
        [.. hours.Select(h => new UtcSpan(ToUtcOrAfterGap(date, h.Start, zone), h.End == TimeOnly.MinValue ? EndOfDayUtc(date, zone) : ToUtcOrAfterGap(date, h.End, zone)))
            .Where(s => s.To > s.From)];
}
