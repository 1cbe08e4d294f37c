namespace Frontdesk.Grains.Scheduling;

[GrainType("specialist-schedule")]
public sealed class SpecialistScheduleGrain : JournaledGrain<ScheduleState, ScheduleEvent>, ISpecialistScheduleGrain
{
    public Task<ScheduleView> GetAsync() => Task.FromResult(new ScheduleView(GetPrimaryKeyString(), TentativeVersion,
        [.. State.Assignments], [.. State.Exceptions.Values.OrderBy(e => e.Date).ThenBy(e => e.BranchId, StringComparer.Ordinal)]));

    public Task<PlannedDay> GetDayAsync(string branchId, DateOnly date) =>
        Task.FromResult(new PlannedDay(branchId, date, SchedulePlan.HoursOn(State, branchId, date), TentativeVersion));

    public Task<IReadOnlyList<PlannedDay>> GetDaysAsync(DateOnly from, DateOnly to)
    {
        var branches = SchedulePlan.BranchesOf(State).ToList();
        IReadOnlyList<PlannedDay> days = [.. SchedulePlan.Dates(from, to)
            .SelectMany(date => branches.Select(branch => new PlannedDay(branch, date, SchedulePlan.HoursOn(State, branch, date), TentativeVersion)))
            .Where(d => d.Intervals.Count > 0)];
        return Task.FromResult(days);
    }

    public Task<IReadOnlyList<PlannedDay>> PreviewAsync(ScheduleChange change, DateOnly from, DateOnly to)
    {
        ScheduleRules.Check(change);
        var after = With(change);
        var branch = change.Assignment?.BranchId ?? change.Exception!.BranchId;
        IReadOnlyList<PlannedDay> changed = [.. SchedulePlan.Dates(from, to)
            .Select(date => (date, before: SchedulePlan.HoursOn(State, branch, date), now: SchedulePlan.HoursOn(after, branch, date)))
            .Where(d => !d.before.SequenceEqual(d.now))
            .Select(d => new PlannedDay(branch, d.date, d.now, TentativeVersion + 1))];
        return Task.FromResult(changed);
    }

    public Task<ScheduleView> ApplyAsync(ScheduleChange change)
    {
        ScheduleRules.Check(change);
        RefuseDoubleShifts(change);
        RaiseEvent(change.Assignment is { } a ? new AssignmentAdded(a) : new ExceptionSet(change.Exception!));
        return GetAsync();
    }

    /// <summary>A specialist cannot be at two branches at once: the change may not overlap another branch's hours.</summary>
    private void RefuseDoubleShifts(ScheduleChange change)
    {
        var branch = change.Assignment?.BranchId ?? change.Exception!.BranchId;
        var others = SchedulePlan.BranchesOf(State).Where(b => b != branch).ToList();
        if (others.Count == 0) return;
        var from = change.Assignment?.From ?? change.Exception!.Date;
        var to = change.Assignment is { } a ? a.To ?? from.AddDays(SchedulePlan.MaxRangeDays - 1) : from;
        if (to.DayNumber - from.DayNumber >= SchedulePlan.MaxRangeDays) to = from.AddDays(SchedulePlan.MaxRangeDays - 1);
        var after = With(change);
        foreach (var date in SchedulePlan.Dates(from, to))
        {
            var here = SchedulePlan.HoursOn(after, branch, date);
            if (here.Count == 0) continue;
            foreach (var other in others)
            {
                if (SchedulePlan.Overlap(here, SchedulePlan.HoursOn(after, other, date)))
                    throw CommandRejectedException.Conflict("double-shift",
                        $"On {date:yyyy-MM-dd} the specialist would work at {branch} and {other} at the same time.",
                        new Dictionary<string, object?> { ["date"] = date, ["branchId"] = branch, ["otherBranchId"] = other });
            }
        }
    }

    private ScheduleState With(ScheduleChange change)
    {
        var copy = new ScheduleState { Assignments = [.. State.Assignments], Exceptions = new(State.Exceptions) };
        copy.Apply(change.Assignment is { } a ? new AssignmentAdded(a) : new ExceptionSet(change.Exception!));
        return copy;
    }
}
