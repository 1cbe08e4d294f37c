using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Stock;
using Frontdesk.Silo;
using Frontdesk.Web.Api;

using Frontdesk.Web.Security;

namespace Frontdesk.Web.Stock;

/// <summary>
/// Stock under <c>/api/stock</c>: the set-up (warehouses, items, norms), the movements of a branch's bins (receipts,
/// sales, counts, transfers, a visit's materials) and the reports. A change's Idempotency-Key is also its operation id
/// in the bin or saga, so a retry that reaches another node still moves nothing twice.
/// </summary>
internal static class StockEndpoints
{
    private const string KeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapStockEndpoints(this RouteGroupBuilder api)
    {
        var stock = api.MapGroup("/stock").WithTags("Stock");
        stock.MapStockSetupEndpoints();
        var branch = stock.MapGroup("/branches/{branchId}");

        branch.MapGet("", async (StockReports reports, string branchId) => TypedResults.Ok(await reports.StockAsync(branchId)))
            .RequirePermission(Permission.StockRead, BranchScope.Route());
        branch.MapGet("/bins/{warehouseId}/{itemId}", async (StockDesk desk, string branchId, string warehouseId, string itemId) =>
            TypedResults.Ok(await desk.GetBinAsync(branchId, warehouseId, itemId)))
            .RequirePermission(Permission.StockRead, BranchScope.Route());
        branch.MapPut("/bins/{warehouseId}/{itemId}/threshold", async (StockDesk desk, string branchId, string warehouseId, string itemId, LowThreshold body) =>
            TypedResults.Ok(await desk.SetLowThresholdAsync(branchId, warehouseId, itemId, body.Threshold)))
            .RequirePermission(Permission.StockWrite, BranchScope.Route());

        branch.MapPost("/receipts", async (HttpContext context, StockDesk desk, string branchId, NewReceipt body) =>
            Created(await desk.ReceiveAsync(branchId, body.WarehouseId, body.ItemId,
                new StockReceipt(Key(context), body.Quantity, body.Cost, body.Supplier, body.Document)), branchId, body.WarehouseId, body.ItemId))
            .RequirePermission(Permission.StockWrite, BranchScope.Route());
        branch.MapPost("/sales", async (HttpContext context, StockDesk desk, string branchId, NewSale body) =>
            Created(await desk.SellAsync(branchId, body.WarehouseId, body.ItemId, Key(context), body.Quantity, body.Note), branchId, body.WarehouseId, body.ItemId))
            .RequirePermission(Permission.StockWrite, BranchScope.Route());
        branch.MapPost("/counts", async (HttpContext context, StockDesk desk, string branchId, NewCount body) =>
            Created(await desk.CountAsync(branchId, body.WarehouseId, body.ItemId, Key(context), body.Counted), branchId, body.WarehouseId, body.ItemId))
            .RequirePermission(Permission.StockWrite, BranchScope.Route());
        branch.MapPost("/transfers", async (HttpContext context, StockDesk desk, string branchId, NewTransfer body) =>
        {
            var transfer = await desk.TransferAsync(Key(context), new StockBinKey(branchId, body.FromWarehouseId, body.ItemId),
                new StockBinKey(body.ToBranchId ?? branchId, body.ToWarehouseId, body.ItemId), body.Quantity);
            return TypedResults.Created($"/api/stock/transfers/{Uri.EscapeDataString(transfer.Id)}", transfer);
        }).RequirePermission(Permission.StockWrite, BranchScope.Route());

        // The settlement's stock step, callable on its own: what the services' norms propose, and consuming a visit's materials.
        branch.MapGet("/proposal", async (IVisitMaterials materials, string branchId, string? services) =>
            TypedResults.Ok(await materials.ProposeAsync(branchId, [.. (services ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)])))
            .RequirePermission(Permission.StockRead, BranchScope.Route());
        branch.MapPost("/visits/{visitId}/materials", async (VisitMaterials materials, string branchId, string visitId, VisitMaterialsBody body) =>
            TypedResults.Ok(await materials.ConsumeForRecordAsync(visitId, branchId, body.Uses)))
            .RequirePermission(Permission.StockWrite, BranchScope.Route());

        branch.MapGet("/movements", async (StockReports reports, IGrainFactory grains, TimeProvider time, string branchId, string? from, string? to) =>
        {
            var period = await PeriodAsync(grains, time, branchId, from, to);
            return TypedResults.Ok(await reports.MovementsAsync(branchId, period.From, period.To));
        }).RequirePermission(Permission.StockRead, BranchScope.Route());
        branch.MapGet("/visit-costs", async (StockReports reports, IGrainFactory grains, TimeProvider time, string branchId, string? from, string? to) =>
        {
            var period = await PeriodAsync(grains, time, branchId, from, to);
            return TypedResults.Ok(await reports.VisitCostsAsync(branchId, period.From, period.To));
        }).RequirePermission(Permission.StockRead, BranchScope.Route());
        branch.MapGet("/margin", async (StockReports reports, IGrainFactory grains, TimeProvider time, string branchId, string? from, string? to) =>
        {
            var period = await PeriodAsync(grains, time, branchId, from, to);
            return TypedResults.Ok(await reports.MarginAsync(branchId, period.From, period.To));
        }).RequirePermission(Permission.StockRead, BranchScope.Route());

        stock.MapGet("/transfers/{transferId}", async (StockDesk desk, string transferId) => TypedResults.Ok(await desk.GetTransferAsync(transferId)))
            .RequirePermission(Permission.StockSetup);
        return api;
    }

    private static async Task<StockPeriod> PeriodAsync(IGrainFactory grains, TimeProvider time, string branchId, string? from, string? to) =>
        StockPeriod.Of(await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync(), branchId, LocalValues.OptionalDate(from, "from"),
            LocalValues.OptionalDate(to, "to"), time.GetUtcNow());

    private static string Key(HttpContext context) => context.Request.Headers[KeyHeader].ToString();

    private static IResult Created(StockMovement movement, string branchId, string warehouseId, string itemId) =>
        TypedResults.Created($"/api/stock/branches/{branchId}/bins/{warehouseId}/{itemId}", movement);
}
