using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Queue;

internal static class KioskFleetEndpoints
{
    public static void MapKioskFleetEndpoints(this RouteGroupBuilder branch)
    {
        branch.MapGet("/kiosks", async (QueueBranchReader reader, string branchId) =>
        {
            await reader.SetupAsync(branchId);
            return TypedResults.Ok(await reader.KiosksAsync(branchId));
        }).RequirePermission(Permission.KioskFleetRead, BranchScope.Route());
        // A kiosk says how its printer is; reception sees it on the desk page.
        branch.MapPost("/kiosks/{kioskId}/printer-status", async (QueueBranchReader reader, IGrainFactory grains, string branchId, string kioskId, PrinterStatusBody? body) =>
        {
            await reader.SetupAsync(branchId);
            await grains.GetGrain<IKioskFleetGrain>(branchId).ReportPrinterAsync(kioskId, QueueWords.Printer(body?.Status), body?.Detail);
            return TypedResults.NoContent();
        }).RequirePermission(Permission.KioskReport, BranchScope.Route());
    }
}
