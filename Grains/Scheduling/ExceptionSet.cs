namespace Frontdesk.Grains.Scheduling;

public sealed record ExceptionSet(ScheduleException Exception) : ScheduleEvent;
