namespace Frontdesk.Grains.Scheduling;

/// <summary>One date set by hand: other hours, or none (a day off, sick leave). It wins over every template.</summary>
public sealed record ScheduleException(string BranchId, DateOnly Date, IReadOnlyList<WorkingInterval> Intervals, string? Note = null);
