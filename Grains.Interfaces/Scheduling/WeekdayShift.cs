namespace Frontdesk.Grains.Scheduling;

public sealed record WeekdayShift(DayOfWeek Day, IReadOnlyList<WorkingInterval> Intervals);
