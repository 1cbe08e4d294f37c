using Frontdesk.Grains.Audit;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Audit;

/// <summary>Who changed what: a booking's and a client's full history, and undoing a booking's change.</summary>
internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/bookings/{number}/history", async (string number, BookingLocator locator, AuditHistory history) =>
                TypedResults.Ok(await history.OfAsync(AuditSubjects.Booking((await locator.FindAsync(number)).Booking.Id))))
            .WithTags("Audit").RequirePermission(Permission.AuditRead, BranchScope.Booking());
        api.MapGet("/clients/{id}/history", async (string id, AuditHistory history) => TypedResults.Ok(await history.OfClientAsync(id)))
            .WithTags("Audit").RequirePermission(Permission.AuditRead, BranchScope.Client());
        api.MapGet("/clients/{clientId}/wallet/history", async (string clientId, ClientDirectory clients, AuditHistory history) =>
                TypedResults.Ok(await history.OfAsync(AuditSubjects.Wallet((await clients.GetAsync(clientId)).OwnerId ?? clientId))))
            .WithTags("Audit").RequirePermission(Permission.AuditRead, BranchScope.Client("clientId"));
        // Undoing a change is a new change (audited as such), never an erasure.
        api.MapPost("/bookings/{number}/revert", async (string number, RevertBody body, BookingReverter reverter) =>
                TypedResults.Ok(await reverter.RevertAsync(number, body.EntryId)))
            .WithTags("Audit").RequirePermission(Permission.BookingRevert, BranchScope.Booking());
        return api;
    }
}
