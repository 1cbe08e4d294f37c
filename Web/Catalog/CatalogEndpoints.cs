using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Silo;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Catalog;

internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        // The whole catalog at one version: profile, branches, directions, services, specialists, resources.
        app.MapGet("/api/catalog", async (IGrainFactory grains) => TypedResults.Ok(await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync()))
            .RequirePermission(Permission.CatalogRead, BranchScope.Chain);
        return app;
    }
}
