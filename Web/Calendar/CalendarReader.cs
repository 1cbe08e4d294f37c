using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Silo;

namespace Frontdesk.Web.Calendar;

/// <summary>
/// Reads a branch's day from the grains: a column for each specialist of the branch who works that date or has
/// bookings on it, each with the specialist-day's current state and version.
/// </summary>
public sealed class CalendarReader(IGrainFactory grains)
{
    public async Task<(CalendarRoster Roster, IReadOnlyList<CalendarColumn> Columns)> ReadAsync(string branchId, DateOnly date, string? specialistId = null)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        catalog.Branch(branchId);
        var specialists = catalog.SpecialistsOf(branchId).Where(s => specialistId is null || s.Id == specialistId).ToList();
        var read = await Task.WhenAll(specialists.Select(async s =>
        {
            var schedule = await grains.GetGrain<ISpecialistScheduleGrain>(s.Id).GetDayAsync(branchId, date);
            var day = await grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branchId, s.Id, date).ToString()).GetAsync();
            return (Column: new CalendarColumn(Card(s), day), ScheduleVersion: schedule.ScheduleVersion);
        }));
        var columns = read.Where(r => r.Column.Day.Hours.Count > 0 || r.Column.Day.Bookings.Count > 0).Select(r => r.Column).ToList();
        var roster = new CalendarRoster(RosterVersion(catalog.Version, read.Sum(r => r.ScheduleVersion)), [.. columns.Select(c => c.Specialist.Id)]);
        return (roster, columns);
    }

    public async Task<CalendarColumn> ReadColumnAsync(SpecialistDayKey key)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var day = await grains.GetGrain<ISpecialistDayGrain>(key.ToString()).GetAsync();
        return new CalendarColumn(Card(catalog.Specialist(key.SpecialistId)), day);
    }

    /// <summary>
    /// The catalog's version weighs a million schedule versions: a specialist leaving the branch (a catalog change) lowers
    /// the sum of schedule versions but still raises the roster's, so it only ever grows.
    /// </summary>
    public static long RosterVersion(long catalogVersion, long scheduleVersions) => catalogVersion * 1_000_000 + scheduleVersions;

    private static CalendarSpecialist Card(Specialist s) => new(s.Id, s.Name, s.Position, s.PhotoUrl, s.Number);
}
