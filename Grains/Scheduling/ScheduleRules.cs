namespace Frontdesk.Grains.Scheduling;

/// <summary>What a schedule change must be before it is stored.</summary>
internal static class ScheduleRules
{
    public static void Check(ScheduleChange change)
    {
        if ((change.Assignment is null) == (change.Exception is null))
            throw CommandRejectedException.Invalid("invalid-schedule-change", "A schedule change is either an assignment or a date set by hand, exactly one of them.");
        if (change.Assignment is { } a) Check(a);
        if (change.Exception is { } e) Check(e);
    }

    private static void Check(ScheduleAssignment a)
    {
        RequireBranch(a.BranchId);
        if (a.To is { } to && to < a.From) throw Invalid($"The assignment ends ({to}) before it starts ({a.From}).");
        var t = a.Template ?? throw Invalid("The assignment has no template.");
        switch (t.Kind)
        {
            case ShiftKind.Weekly:
                if (t.Weekdays is not { Count: > 0 }) throw Invalid($"The weekly template '{t.Name}' names no weekday.");
                if (t.Weekdays.GroupBy(w => w.Day).Any(g => g.Count() > 1)) throw Invalid($"The weekly template '{t.Name}' names a weekday twice.");
                foreach (var day in t.Weekdays) CheckIntervals(day.Intervals, $"{day.Day}");
                break;
            case ShiftKind.Cycle:
                if (t.OnDays < 1 || t.OffDays < 0 || t.OnDays + t.OffDays > 60)
                    throw Invalid($"The cycle {t.OnDays}/{t.OffDays} must work 1 day at least, rest 0 or more, and repeat within 60 days.");
                if (t.Intervals is not { Count: > 0 }) throw Invalid($"The cycle template '{t.Name}' has no working hours.");
                CheckIntervals(t.Intervals, "a working day");
                break;
            default:
                throw Invalid($"Unknown template kind {t.Kind}.");
        }
    }

    private static void Check(ScheduleException e)
    {
        RequireBranch(e.BranchId);
        CheckIntervals(e.Intervals ?? throw Invalid("A date set by hand lists its hours (an empty list is a day off)."), e.Date.ToString("yyyy-MM-dd"));
        if (e.Note is { Length: > 500 }) throw Invalid("The note is longer than 500 characters.");
    }

    public static void CheckIntervals(IReadOnlyList<WorkingInterval> intervals, string where)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            var x = intervals[i];
            if (x.Start >= x.End) throw Invalid($"On {where} the interval {x} ends before it starts.");
            if (x.Start.Second != 0 || x.End.Second != 0 || x.Start.Millisecond != 0 || x.End.Millisecond != 0)
                throw Invalid($"On {where} the interval {x} is not on whole minutes.");
            if (i > 0 && intervals[i - 1].End > x.Start) throw Invalid($"On {where} the intervals {intervals[i - 1]} and {x} overlap or are out of order.");
        }
    }

    private static void RequireBranch(string? branchId)
    {
        if (string.IsNullOrWhiteSpace(branchId)) throw Invalid("The change names no branch.");
    }

    private static CommandRejectedException Invalid(string message) => CommandRejectedException.Invalid("invalid-schedule", message);
}
