namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// How a specialist's days repeat. <see cref="ShiftKind.Weekly"/> uses <see cref="Weekdays"/>;
/// <see cref="ShiftKind.Cycle"/> works <see cref="OnDays"/> then rests <see cref="OffDays"/> with <see cref="Intervals"/> on working days.
/// </summary>
public sealed record ShiftTemplate(
    string Name,
    ShiftKind Kind,
    IReadOnlyList<WeekdayShift>? Weekdays = null,
    int OnDays = 0,
    int OffDays = 0,
    IReadOnlyList<WorkingInterval>? Intervals = null)
{
    public static ShiftTemplate FiveTwo(params WorkingInterval[] intervals) => new("5/2", ShiftKind.Weekly,
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WeekdayShift(d, intervals))]);

    public static ShiftTemplate Cycle(int on, int off, params WorkingInterval[] intervals) =>
        new($"{on}/{off}", ShiftKind.Cycle, OnDays: on, OffDays: off, Intervals: intervals);
}
