using Frontdesk.Grains;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Waitlist;
using Frontdesk.Silo;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontdesk.Web.Waitlist;

internal static class WaitlistEndpoints
{
    public static RouteGroupBuilder MapWaitlistEndpoints(this RouteGroupBuilder api)
    {
        var waitlist = api.MapGroup("/waitlist").WithTags("Waitlist");
        waitlist.MapGet("", async (IGrainFactory grains) => TypedResults.Ok(await Waitlist(grains).GetAsync()));
        waitlist.MapPost("", JoinAsync);
        waitlist.MapDelete("/{id}", async (string id, IGrainFactory grains) =>
        {
            // Leaving twice, or an entry already gone, is the same outcome: not on the list.
            await Waitlist(grains).LeaveAsync(id);
            return TypedResults.NoContent();
        });
        return api;
    }

    private static async Task<Created<WaitlistEntry>> JoinAsync(NewWaitlistEntry body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var client = await clients.ResolveAsync(body.Client);
        var entry = await Waitlist(grains).JoinAsync(new WaitlistRequest(key.Value, client, body.ServiceId, body.From, body.To, body.BranchId, body.SpecialistId));
        return TypedResults.Created($"/api/waitlist/{Uri.EscapeDataString(entry.Id)}", entry);
    }

    private static IWaitlistGrain Waitlist(IGrainFactory grains) => grains.GetGrain<IWaitlistGrain>(Chain.Key);
}
