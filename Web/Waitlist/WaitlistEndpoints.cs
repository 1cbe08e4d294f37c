using Frontdesk.Grains;
using Frontdesk.Grains.Clients;
using Frontdesk.Grains.Waitlist;
using Frontdesk.Silo;
using Frontdesk.Web.Clients;
using Frontdesk.Web.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Waitlist;

internal static class WaitlistEndpoints
{
    public static RouteGroupBuilder MapWaitlistEndpoints(this RouteGroupBuilder api)
    {
        var waitlist = api.MapGroup("/waitlist").WithTags("Waitlist");
        waitlist.MapGet("", async (IGrainFactory grains, HttpContext http) => TypedResults.Ok(InScope(await Waitlist(grains).GetAsync(), http)))
            .RequirePermission(Permission.WaitlistRead, BranchScope.Chain);
        waitlist.MapPost("", JoinAsync).RequirePermission(Permission.WaitlistWrite, BranchScope.Body);
        waitlist.MapDelete("/{id}", async (string id, IGrainFactory grains) =>
        {
            // Leaving twice, or an entry already gone, is the same outcome: not on the list.
            await Waitlist(grains).LeaveAsync(id);
            return TypedResults.NoContent();
        }).RequirePermission(Permission.WaitlistWrite, BranchScope.WaitlistEntry());
        return api;
    }

    private static async Task<Created<WaitlistEntry>> JoinAsync(NewWaitlistEntry body, IdempotencyKey key, ClientDirectory clients, IGrainFactory grains)
    {
        var client = await clients.ResolveAsync(body.Client);
        var entry = await Waitlist(grains).JoinAsync(new WaitlistRequest(key.Value, client, body.ServiceId, body.From, body.To, body.BranchId, body.SpecialistId));
        return TypedResults.Created($"/api/waitlist/{Uri.EscapeDataString(entry.Id)}", entry);
    }

    /// <summary>A branch's staff see the entries for their branches and those for any branch.</summary>
    private static IReadOnlyList<WaitlistEntry> InScope(IReadOnlyList<WaitlistEntry> entries, HttpContext http)
    {
        var caller = SignedInCaller.From(http.User)!;
        return caller.AllBranches ? entries : entries.Where(e => e.BranchId is null || caller.WorksIn(e.BranchId)).ToList();
    }

    private static IWaitlistGrain Waitlist(IGrainFactory grains) => grains.GetGrain<IWaitlistGrain>(Chain.Key);
}
