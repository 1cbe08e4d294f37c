using Frontdesk.Grains;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo;

using Frontdesk.Web.Security;

namespace Frontdesk.Web.Stock;

/// <summary>The stock set-up: the id in the address names the entry and must be the body's.</summary>
internal static class StockSetupEndpoints
{
    public static void MapStockSetupEndpoints(this RouteGroupBuilder stock)
    {
        stock.MapGet("/catalog", async (IGrainFactory grains) => TypedResults.Ok(await Catalog(grains).GetAsync())).RequirePermission(Permission.StockRead);
        stock.MapPut("/warehouses/{id}", async (string id, Warehouse warehouse, IGrainFactory grains) =>
            TypedResults.Ok((await Catalog(grains).UpsertWarehouseAsync(Same(id, warehouse.Id, warehouse))).FindWarehouse(id))).RequirePermission(Permission.StockSetup);
        stock.MapPut("/items/{id}", async (string id, StockItem item, IGrainFactory grains) =>
            TypedResults.Ok((await Catalog(grains).UpsertItemAsync(Same(id, item.Id, item))).FindItem(id))).RequirePermission(Permission.StockSetup);
        stock.MapPut("/norms/{serviceId}", async (string serviceId, ConsumptionNorm norm, IGrainFactory grains) =>
            TypedResults.Ok((await Catalog(grains).SetNormAsync(Same(serviceId, norm.ServiceId, norm))).NormOf(serviceId) ?? new ConsumptionNorm(serviceId, []))).RequirePermission(Permission.StockSetup);
    }

    private static IStockCatalogGrain Catalog(IGrainFactory grains) => grains.GetGrain<IStockCatalogGrain>(Chain.Key);

    private static T Same<T>(string routeId, string bodyId, T entry) => routeId == bodyId ? entry
        : throw CommandRejectedException.Invalid("id-mismatch", $"The address names '{routeId}' but the body is '{bodyId}'.",
            new Dictionary<string, object?> { ["id"] = $"must be '{routeId}', as in the address" });
}
