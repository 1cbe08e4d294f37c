using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Queue;

internal static class QueueDeskEndpoints
{
    public static void MapQueueDeskEndpoints(this RouteGroupBuilder branch)
    {
        var desk = branch.MapGroup("/desks/{deskId}").RequirePermission(Permission.QueueDesk, BranchScope.Route());
        desk.MapGet("", async (QueueBranchReader reader, IGrainFactory grains, string branchId, string deskId) =>
        {
            var (_, setup) = await reader.SetupAsync(branchId);
            var found = setup.FindDesk(deskId) ?? throw UnknownDesk(deskId);
            return TypedResults.Ok(new DeskResponse(found, await Desk(grains, branchId, deskId).GetCurrentAsync()));
        });
        // A press of "call next"; its Idempotency-Key (optional) makes a repeated press answer the same ticket.
        desk.MapPost("/call-next", async (HttpContext context, IGrainFactory grains, string branchId, string deskId) =>
        {
            string? key = context.Request.Headers[QueueLineEndpoints.IdempotencyKeyHeader];
            var operation = string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N") : key.Trim();
            return TypedResults.Ok(new CallNextResponse(await Desk(grains, branchId, deskId).CallNextAsync(operation)));
        });
        desk.MapPost("/recall", (IGrainFactory grains, string branchId, string deskId, DeskTicketBody? body) =>
            Act(grains, branchId, deskId, body, (d, ticket) => d.RecallAsync(ticket)));
        desk.MapPost("/skip", (IGrainFactory grains, string branchId, string deskId, DeskTicketBody? body) =>
            Act(grains, branchId, deskId, body, (d, ticket) => d.SkipAsync(ticket)));
        desk.MapPost("/serve", (IGrainFactory grains, string branchId, string deskId, DeskTicketBody? body) =>
            Act(grains, branchId, deskId, body, (d, ticket) => d.ServeAsync(ticket)));
        desk.MapPost("/transfer", (IGrainFactory grains, string branchId, string deskId, DeskTicketBody? body) =>
            Act(grains, branchId, deskId, body, (d, ticket) => d.TransferAsync(ticket, QueueWords.Required(body?.ToLineId, "toLineId"))));
        desk.MapPost("/pause", (IGrainFactory grains, string branchId, string deskId) => PauseAsync(grains, branchId, deskId, true));
        desk.MapPost("/resume", (IGrainFactory grains, string branchId, string deskId) => PauseAsync(grains, branchId, deskId, false));
    }

    private static async Task<IResult> Act(IGrainFactory grains, string branchId, string deskId, DeskTicketBody? body,
        Func<IQueueDeskGrain, string, Task<QueueTicket>> act) =>
        TypedResults.Ok(await act(Desk(grains, branchId, deskId), QueueWords.Required(body?.TicketId, "ticketId")));

    private static async Task<IResult> PauseAsync(IGrainFactory grains, string branchId, string deskId, bool paused)
    {
        var setup = await grains.GetGrain<IQueueSetupGrain>(branchId).SetDeskPausedAsync(deskId, paused);
        return TypedResults.Ok(setup.FindDesk(deskId));
    }

    private static IQueueDeskGrain Desk(IGrainFactory grains, string branchId, string deskId) =>
        grains.GetGrain<IQueueDeskGrain>(new QueueDeskKey(branchId, deskId).ToString());

    private static Exception UnknownDesk(string deskId) => Grains.CommandRejectedException.NotFound("unknown-desk",
        $"There is no desk '{deskId}' at this branch.", new Dictionary<string, object?> { ["deskId"] = deskId });
}
