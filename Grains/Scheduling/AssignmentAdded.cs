namespace Frontdesk.Grains.Scheduling;

public sealed record AssignmentAdded(ScheduleAssignment Assignment) : ScheduleEvent;
