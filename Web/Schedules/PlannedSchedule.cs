using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Web.Schedules;

/// <summary>A specialist's schedule (templates and dates set by hand) and the working days it plans in a date range.</summary>
public sealed record PlannedSchedule(string SpecialistId, DateOnly From, DateOnly To, ScheduleView Schedule, IReadOnlyList<PlannedDay> Days);
