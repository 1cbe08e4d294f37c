using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Catalog;

/// <summary>Adds or replaces one catalog entry; the id in the address names the entry and must be the body's.</summary>
internal static class CatalogWriteEndpoints
{
    public static RouteGroupBuilder MapCatalogWriteEndpoints(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("").WithTags("Catalog").RequirePermission(Permission.CatalogWrite, BranchScope.Chain);
        catalog.MapPut("/branches/{id}", (string id, Branch branch, IGrainFactory grains) =>
            UpsertAsync(grains, id, branch.Id, c => c.UpsertBranchAsync(branch), view => view.FindBranch(id)));
        catalog.MapPut("/directions/{id}", (string id, Direction direction, IGrainFactory grains) =>
            UpsertAsync(grains, id, direction.Id, c => c.UpsertDirectionAsync(direction), view => view.FindDirection(id)));
        catalog.MapPut("/services/{id}", (string id, Service service, IGrainFactory grains) =>
            UpsertAsync(grains, id, service.Id, c => c.UpsertServiceAsync(service), view => view.FindService(id)));
        catalog.MapPut("/specialists/{id}", (string id, Specialist specialist, IGrainFactory grains) =>
            UpsertAsync(grains, id, specialist.Id, c => c.UpsertSpecialistAsync(specialist), view => view.FindSpecialist(id)));
        catalog.MapPut("/resources/{id}", (string id, Resource resource, IGrainFactory grains) =>
            UpsertAsync(grains, id, resource.Id, c => c.UpsertResourceAsync(resource), view => view.FindResource(id)));
        catalog.MapPut("/chain/profile", async (ChainProfile profile, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<ICatalogGrain>(Chain.Key).SetProfileAsync(profile)).Profile));
        return api;
    }

    private static async Task<Ok<T>> UpsertAsync<T>(IGrainFactory grains, string routeId, string bodyId, Func<ICatalogGrain, Task<CatalogView>> upsert,
        Func<CatalogView, T?> read) where T : class
    {
        if (routeId != bodyId)
            throw CommandRejectedException.Invalid("id-mismatch", $"The address names '{routeId}' but the body is '{bodyId}'.",
                new Dictionary<string, object?> { ["id"] = $"must be '{routeId}', as in the address" });
        var view = await upsert(grains.GetGrain<ICatalogGrain>(Chain.Key));
        return TypedResults.Ok(read(view)!);
    }
}
