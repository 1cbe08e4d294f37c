namespace Frontdesk.Grains.Scheduling;

public sealed record ScheduleView(string SpecialistId, long Version, IReadOnlyList<ScheduleAssignment> Assignments, IReadOnlyList<ScheduleException> Exceptions);
