using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>Short ways to write schedule changes in tests; dates are around Monday 23 November 2026.</summary>
public static class Shifts
{
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public static WorkingInterval Hours(int fromHour, int toHour) => new(new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0));

    public static ScheduleChange Assign(string branch, ShiftTemplate template, DateOnly from, DateOnly? to = null) =>
        new(Assignment: new ScheduleAssignment(branch, template, from, to));

    public static ScheduleChange SetByHand(string branch, DateOnly date, params WorkingInterval[] hours) =>
        new(Exception: new ScheduleException(branch, date, hours));

    public static ShiftTemplate Weekly(DayOfWeek day, params WorkingInterval[] hours) => new($"{day}", ShiftKind.Weekly, [new WeekdayShift(day, hours)]);

    public static IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }
}
