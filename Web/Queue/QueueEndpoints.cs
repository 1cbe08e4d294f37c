namespace Frontdesk.Web.Queue;

/// <summary>The electronic queue's HTTP API, under <c>/api/queue</c>: the kiosk's contract, reception, desks, ticket status.</summary>
internal static class QueueEndpoints
{
    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder app)
    {
        var branch = app.MapGroup("/api/queue/branches/{branchId}");
        branch.MapQueueLineEndpoints();
        branch.MapQueueDeskEndpoints();
        branch.MapKioskFleetEndpoints();
        app.MapQueueTicketEndpoints();
        return app;
    }
}
