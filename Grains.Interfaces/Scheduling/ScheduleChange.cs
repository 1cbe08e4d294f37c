namespace Frontdesk.Grains.Scheduling;

/// <summary>One change to a specialist's schedule: an assignment added, or a date set by hand.</summary>
public sealed record ScheduleChange(ScheduleAssignment? Assignment = null, ScheduleException? Exception = null);
