using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Calendar;

internal static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        // One call for the whole grid: the live calendar refetches exactly this when it sees a gap in the versions.
        api.MapGet("/branches/{branchId}/calendar/{date}", BranchDayAsync).WithTags("Calendar").RequirePermission(Permission.CalendarRead, BranchScope.Route());
        api.MapGet("/days/{branchId}/{specialistId}/{date}", async (string branchId, string specialistId, string date, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<ISpecialistDayGrain>(new SpecialistDayKey(branchId, specialistId, LocalValues.Date(date, "date")).ToString()).GetAsync()))
            .WithTags("Calendar").RequirePermission(Permission.CalendarRead, BranchScope.Day());
        return api;
    }

    private static async Task<Ok<BranchCalendar>> BranchDayAsync(string branchId, string date, IGrainFactory grains, CalendarReader reader)
    {
        var day = LocalValues.Date(date, "date");
        var branch = (await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Branch(branchId);
        // The same columns the live hub's snapshot carries: a page may take either and refetch either after a gap.
        var (_, shown) = await reader.ReadAsync(branch.Id, day);
        var open = branch.DaysOff.Contains(day) ? null : branch.OpeningHours.FirstOrDefault(h => h.Day == day.DayOfWeek);
        var header = new CalendarBranch(branch.Id, branch.Code, branch.Name, branch.City, branch.TimeZone, branch.Currency, branch.GridStepMinutes,
            open?.Opens, open?.Closes, open is null);
        return TypedResults.Ok(new BranchCalendar(header, day, shown, CalendarSummary.Of(shown.SelectMany(c => c.Day.Bookings))));
    }
}
