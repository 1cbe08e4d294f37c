using Frontdesk.Silo;

namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// A specialist's working schedule (key: specialist id): templates by period and dates set by hand. It only
/// answers what the plan is; whether a change would strand bookings is asked of the specialist's days by
/// whoever applies the change. It never calls other grains, so any grain may call it.
/// </summary>
public interface ISpecialistScheduleGrain : IGrainWithStringKey
{
    Task<ScheduleView> GetAsync();

    Task<PlannedDay> GetDayAsync(string branchId, DateOnly date);

    /// <summary>The planned days in a date range at every branch the specialist works at (days with no hours left out).</summary>
    Task<IReadOnlyList<PlannedDay>> GetDaysAsync(DateOnly from, DateOnly to);

    /// <summary>The dates in [from, to] whose hours the change would alter, with their new hours; nothing is changed.</summary>
    Task<IReadOnlyList<PlannedDay>> PreviewAsync(ScheduleChange change, DateOnly from, DateOnly to);

    Task<ScheduleView> ApplyAsync(ScheduleChange change);
}
