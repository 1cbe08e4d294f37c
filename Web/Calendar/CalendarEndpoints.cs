using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontdesk.Web.Calendar;

internal static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        // One call for the whole grid: the live calendar refetches exactly this when it sees a gap in the versions.
        api.MapGet("/branches/{branchId}/calendar/{date}", BranchDayAsync).WithTags("Calendar");
        api.MapGet("/days/{branchId}/{specialistId}/{date}", async (string branchId, string specialistId, string date, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branchId, specialistId, LocalValues.Date(date, "date")).ToString()).GetAsync()))
            .WithTags("Calendar");
        return api;
    }

    private static async Task<Ok<BranchCalendar>> BranchDayAsync(string branchId, string date, IGrainFactory grains)
    {
        var day = LocalValues.Date(date, "date");
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var branch = catalog.Branch(branchId);
        // Every specialist of the branch is asked: the day knows both its hours (schedule or pinned) and its bookings.
        var columns = await Task.WhenAll(catalog.SpecialistsOf(branch.Id).Select(async s =>
            new CalendarColumn(new CalendarSpecialist(s.Id, s.Name, s.Position, s.PhotoUrl, s.Number),
                await grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branch.Id, s.Id, day).ToString()).GetAsync())));
        var shown = columns.Where(c => c.Day.Hours.Count > 0 || c.Day.Bookings.Count > 0).ToList();
        var open = branch.DaysOff.Contains(day) ? null : branch.OpeningHours.FirstOrDefault(h => h.Day == day.DayOfWeek);
        var header = new CalendarBranch(branch.Id, branch.Code, branch.Name, branch.City, branch.TimeZone, branch.Currency, branch.GridStepMinutes,
            open?.Opens, open?.Closes, open is null);
        return TypedResults.Ok(new BranchCalendar(header, day, shown, CalendarSummary.Of(shown.SelectMany(c => c.Day.Bookings))));
    }
}
