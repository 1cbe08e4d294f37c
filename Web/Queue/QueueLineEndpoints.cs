using Frontdesk.Grains.Queue;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Queue;

internal static class QueueLineEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void MapQueueLineEndpoints(this RouteGroupBuilder branch)
    {
        // The kiosk's first call: the branch and its lines (and desks, for the desk page).
        branch.MapGet("/lines", async (QueueBranchReader reader, string branchId) =>
        {
            var (summary, setup) = await reader.SetupAsync(branchId);
            return TypedResults.Ok(new BranchLinesResponse(summary, setup.Lines, setup.Desks));
        }).RequirePermission(Permission.QueueRead, BranchScope.Route());

        // Everything the screens show of the branch's day (the live topic queue:{branch}:{date} carries the same).
        branch.MapGet("/today", async (QueueBranchReader reader, string branchId) =>
        {
            var (summary, _) = await reader.SetupAsync(branchId);
            return TypedResults.Ok(await reader.BoardAsync(branchId, reader.Today(summary)));
        }).RequirePermission(Permission.QueueRead, BranchScope.Route());

        // A number, from a kiosk or reception. One Idempotency-Key is one ticket: a retry, even while the first
        // request is still running, gets the same ticket and the same body.
        branch.MapPost("/lines/{lineId}/tickets", async (HttpContext context, QueueIssuer issuer, string branchId, string lineId, TicketIssueBody? body) =>
        {
            var key = QueueWords.Required(context.Request.Headers[IdempotencyKeyHeader], IdempotencyKeyHeader);
            if (body is null) throw QueueWords.Invalid("body", "is required: {source, kioskId?, bookingCode?, priority?}");
            var request = new TicketRequest(key, QueueWords.Source(body.Source), Blank(body.KioskId), Blank(body.Priority));
            var issued = await issuer.IssueAsync(branchId, lineId, request, Blank(body.BookingCode));
            var statusUrl = StatusAddress.Of(context, issued.Ticket.Id);
            return TypedResults.Created($"/api/queue/tickets/{Uri.EscapeDataString(issued.Ticket.Id)}", IssuedTicketResponse.From(issued, statusUrl));
        }).RequirePermission(Permission.QueueIssue, BranchScope.Route());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
