using Frontdesk.Grains;
using Frontdesk.Grains.Availability;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;
using Frontdesk.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Availability;

internal static class AvailabilityEndpoints
{
    public static RouteGroupBuilder MapAvailabilityEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/days/{branchId}/{specialistId}/{date}/free-starts", FreeStartsAsync).WithTags("Availability")
            .RequirePermission(Permission.AvailabilityRead, BranchScope.Route());
        // The nearest free slots of a service with one specialist, at one branch, in a city, or across the chain.
        api.MapGet("/availability/nearest", async (string service, string? branch, string? city, string? specialist, string? from, int? days, int? limit,
                AvailabilityFinder finder) =>
            TypedResults.Ok(await finder.FindNearestAsync(new SlotSearch(service, branch, city, specialist, LocalValues.OptionalDate(from, "from"),
                days ?? 14, limit ?? 10))))
            .WithTags("Availability").RequirePermission(Permission.AvailabilityRead, BranchScope.Chain);
        return api;
    }

    /// <param name="services">Comma-separated service ids, booked back to back.</param>
    /// <param name="step">Minutes between candidate starts; the branch's grid step when left out.</param>
    private static async Task<Ok<FreeStarts>> FreeStartsAsync(string branchId, string specialistId, string date, string services, int? step, IGrainFactory grains)
    {
        var key = new SpecialistDayKey(branchId, specialistId, LocalValues.Date(date, "date"));
        var serviceIds = services.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (serviceIds.Length == 0)
            throw CommandRejectedException.Invalid("no-services", "Name one service at least: ?services=a,b.",
                new Dictionary<string, object?> { ["services"] = "is required" });
        var stepMinutes = step ?? (await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()).Branch(branchId).GridStepMinutes;
        var starts = await grains.GetGrain<ISpecialistDayGrain>(key.ToString()).GetFreeStartsAsync(serviceIds, stepMinutes);
        return TypedResults.Ok(new FreeStarts(key.ToString(), key.Date, serviceIds, stepMinutes, starts));
    }
}
