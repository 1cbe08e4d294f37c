namespace Frontdesk.Grains.Scheduling;

/// <summary>Reads a schedule: which hours a date has at a branch, from hand-set dates first, then the latest template in force.</summary>
internal static class SchedulePlan
{
    /// <summary>The widest range one question may span, so a typo in a year cannot make a grain walk ten thousand days.</summary>
    public const int MaxRangeDays = 400;

    public static IReadOnlyList<WorkingInterval> HoursOn(ScheduleState state, string branchId, DateOnly date)
    {
        if (state.Exceptions.TryGetValue(ScheduleState.ExceptionKey(branchId, date), out var exception)) return exception.Intervals;
        for (var i = state.Assignments.Count - 1; i >= 0; i--)
        {
            var a = state.Assignments[i];
            if (a.BranchId != branchId || date < a.From || (a.To is { } to && date > to)) continue;
            return HoursOf(a, date);
        }
        return [];
    }

    private static IReadOnlyList<WorkingInterval> HoursOf(ScheduleAssignment assignment, DateOnly date)
    {
        var template = assignment.Template;
        switch (template.Kind)
        {
            case ShiftKind.Weekly:
                return template.Weekdays?.FirstOrDefault(w => w.Day == date.DayOfWeek)?.Intervals ?? [];
            case ShiftKind.Cycle:
                var position = (date.DayNumber - assignment.From.DayNumber) % (template.OnDays + template.OffDays);
                return position < template.OnDays ? template.Intervals ?? [] : [];
            default:
                return [];
        }
    }

    public static IEnumerable<string> BranchesOf(ScheduleState state) =>
        state.Assignments.Select(a => a.BranchId).Concat(state.Exceptions.Values.Select(e => e.BranchId)).Distinct();

    public static IEnumerable<DateOnly> Dates(DateOnly from, DateOnly to)
    {
        if (to < from) throw CommandRejectedException.Invalid("invalid-range", $"The range ends ({to}) before it starts ({from}).");
        if (to.DayNumber - from.DayNumber >= MaxRangeDays)
            throw CommandRejectedException.Invalid("range-too-long", $"A range may span at most {MaxRangeDays} days; {from}..{to} spans {to.DayNumber - from.DayNumber + 1}.");
        for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
    }

    public static bool Overlap(IReadOnlyList<WorkingInterval> a, IReadOnlyList<WorkingInterval> b) =>
        a.Any(x => b.Any(y => x.Start < y.End && y.Start < x.End));
}
