using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Scheduling;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Schedules;

internal static class ScheduleEndpoints
{
    private const int DefaultDays = 14;

    public static RouteGroupBuilder MapScheduleEndpoints(this RouteGroupBuilder api)
    {
        var schedule = api.MapGroup("/specialists/{id}/schedule").WithTags("Schedules");
        schedule.MapGet("", PlannedAsync).RequirePermission(Permission.ScheduleRead, BranchScope.Specialist());
        // Refused with the stranded booking numbers (409) unless forced; forced, those bookings are flagged for a call.
        schedule.MapPost("", async (string id, ScheduleChange change, bool? force, ScheduleChangeCoordinator coordinator) =>
            TypedResults.Ok(await coordinator.ApplyAsync(id, change, force ?? false)))
            .RequirePermission(Permission.ScheduleWrite, BranchScope.Specialist());
        return api;
    }

    private static async Task<Ok<PlannedSchedule>> PlannedAsync(string id, string? from, string? to, IGrainFactory grains, TimeProvider time)
    {
        (await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Specialist(id);
        var first = LocalValues.OptionalDate(from, "from") ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var last = LocalValues.OptionalDate(to, "to") ?? first.AddDays(DefaultDays - 1);
        var grain = grains.GetGrain<ISpecialistScheduleGrain>(id);
        var days = await grain.GetDaysAsync(first, last);
        return TypedResults.Ok(new PlannedSchedule(id, first, last, await grain.GetAsync(), days));
    }
}
