using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Queue;

internal static class QueueTicketEndpoints
{
    public static void MapQueueTicketEndpoints(this IEndpointRouteBuilder app)
    {
        // The status page's first read (it then follows queue-ticket:{ticketId} live).
        app.MapGet("/api/queue/tickets/{ticketId}", async (QueueBranchReader reader, IGrainFactory grains, string ticketId) =>
            TypedResults.Ok(await reader.TicketAsync((await TicketLocator.FindAsync(grains, ticketId)).Counter, ticketId)))
            .Public("the printed ticket's QR opens it on the client's phone; a ticket says its number, line and place, no one's name");
    }
}
