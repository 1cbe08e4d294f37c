namespace Frontdesk.Grains.Scheduling;

/// <summary>What the schedule says of one specialist's date at one branch (before the branch's own opening hours apply).</summary>
public sealed record PlannedDay(string BranchId, DateOnly Date, IReadOnlyList<WorkingInterval> Intervals, long ScheduleVersion);
