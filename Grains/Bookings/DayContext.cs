using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>Everything a specialist-day command is checked against, gathered at the start of the command.</summary>
/// <param name="ScheduleHours">The specialist's hours for the date (pinned, or from the schedule), before the branch's opening hours.</param>
/// <param name="Hours">The hours the specialist can be booked in: schedule hours within the branch's opening hours.</param>
internal sealed record DayContext(
    SpecialistDayKey Key,
    CatalogView Catalog,
    Branch Branch,
    Specialist Specialist,
    TimeZoneInfo Zone,
    IReadOnlyList<WorkingInterval> ScheduleHours,
    IReadOnlyList<WorkingInterval> Hours,
    IReadOnlyList<UtcSpan> HoursUtc,
    DateTimeOffset Now)
{
    public DateOnly Today => BranchClock.Today(Now, Zone);

    public static IReadOnlyList<WorkingInterval> WithinOpeningHours(IReadOnlyList<WorkingInterval> schedule, Branch branch, DateOnly date)
    {
        if (branch.DaysOff.Contains(date)) return [];
        var open = branch.OpeningHours.FirstOrDefault(h => h.Day == date.DayOfWeek);
        if (open is null) return [];
        return [.. schedule
            .Select(i => new WorkingInterval(Max(i.Start, open.Opens), Min(i.End, open.Closes)))
            .Where(i => i.Start < i.End)];
    }

    private static TimeOnly Max(TimeOnly a, TimeOnly b) => a > b ? a : b;
    private static TimeOnly Min(TimeOnly a, TimeOnly b) => a < b ? a : b;
}
