using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// Changes a specialist's schedule without silently stranding bookings: the days the change touches are asked
/// which bookings would fall outside the new hours; if any would and the change is not forced, it is refused
/// with them listed and nothing changes. Otherwise the schedule takes the change and the touched days take
/// their new hours (flagging, when forced, the bookings that no longer fit for a call to the client).
/// </summary>
public sealed class ScheduleChangeCoordinator(IGrainFactory grains, TimeProvider time)
{
    public async Task<ScheduleChangeOutcome> ApplyAsync(string specialistId, ScheduleChange change, bool force)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var specialist = catalog.Specialist(specialistId);
        var branchId = change.Assignment?.BranchId ?? change.Exception?.BranchId
            ?? throw CommandRejectedException.Invalid("invalid-schedule-change", "A schedule change names a branch.");
        var branch = catalog.Branch(branchId);
        if (!specialist.BranchIds.Contains(branchId))
            throw CommandRejectedException.Unprocessable("not-at-branch", $"{specialist.Name} does not work at {branch.Name}.");
        var today = BranchClock.Today(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone));
        var horizon = today.AddDays(catalog.Profile.BookingHorizonDays);
        var from = Max(today, change.Assignment?.From ?? change.Exception!.Date);
        var to = Min(horizon, change.Assignment is { } a ? a.To ?? horizon : change.Exception!.Date);
        if (to.DayNumber - from.DayNumber >= SchedulePlan.MaxRangeDays) to = from.AddDays(SchedulePlan.MaxRangeDays - 1);

        var schedule = grains.GetGrain<ISpecialistScheduleGrain>(specialistId);
        var changed = from <= to ? await schedule.PreviewAsync(change, from, to) : [];
        // Every changed day is asked, not only those known to hold bookings: a day booked while this runs is then
        // asked after its booking (its turns are one at a time), so nothing slips between the check and the change.
        var stranded = (await Task.WhenAll(changed.Select(d => Day(branchId, specialistId, d.Date).FindStrandedAsync(d.Intervals)))).SelectMany(s => s).ToList();
        if (stranded.Count > 0 && !force)
            throw CommandRejectedException.Conflict("schedule-strands-bookings",
                $"The change would leave {stranded.Count} booking(s) outside working hours: {string.Join(", ", stranded.Select(b => b.Number))}. " +
                "Move or cancel them, or force the change to flag them for a call to the client.",
                new Dictionary<string, object?> { ["bookings"] = stranded.Select(b => b.Number).ToArray() });

        var view = await schedule.ApplyAsync(change);
        var outcomes = await Task.WhenAll(changed.Select(d => Day(branchId, specialistId, d.Date).ApplyWorkingHoursAsync(d.Intervals, force)));
        return new ScheduleChangeOutcome(view, [.. changed.Select(d => d.Date)],
            [.. outcomes.Where(o => o.Applied).SelectMany(o => o.Stranded)], [.. outcomes.Where(o => !o.Applied)]);
    }

    private ISpecialistDayGrain Day(string branchId, string specialistId, DateOnly date) =>
        grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branchId, specialistId, date).ToString());

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
