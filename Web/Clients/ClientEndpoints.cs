using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Silo;
using Frontdesk.Silo.Journal;
using Microsoft.AspNetCore.Http.HttpResults;
using Frontdesk.Web.Security;

namespace Frontdesk.Web.Clients;

internal static class ClientEndpoints
{
    public const int MaxBookingsListed = 500;

    public static IEndpointRouteBuilder MapClientEndpoints(this IEndpointRouteBuilder app)
    {
        // By any part of a name, or a phone in any format ("8 916 123-45-67", "+79161234567", "45-67").
        app.MapGet("/api/clients", async (ClientDirectory clients, ResourceOwners owners, HttpContext http, string? query, int? limit) =>
            TypedResults.Ok(await InScopeAsync(await clients.SearchAsync(query ?? "", limit ?? 20), owners, http)))
            .WithTags("Clients").RequirePermission(Permission.ClientRead, BranchScope.Chain);
        app.MapGet("/api/clients/{id}", async (ClientDirectory clients, string id) => TypedResults.Ok(await clients.GetAsync(id))).WithTags("Clients")
            .RequirePermission(Permission.ClientRead, BranchScope.Client());
        // The client who owns the phone, or a new card: typing a known client in again finds them.
        app.MapPost("/api/clients", async (ClientDirectory clients, NewClient client) => TypedResults.Ok(await clients.FindOrRegisterAsync(client)))
            .WithTags("Clients").RequirePermission(Permission.ClientWrite, BranchScope.Chain);
        app.MapGet("/api/clients/{id}/bookings", BookingsAsync).WithTags("Clients").RequirePermission(Permission.ClientRead, BranchScope.Client());
        return app;
    }

    /// <summary>What the caller may see of a search: a branch's staff, the clients who visit their branches (or none yet).</summary>
    private static async Task<IReadOnlyList<ClientCard>> InScopeAsync(IReadOnlyList<ClientCard> found, ResourceOwners owners, HttpContext http)
    {
        var caller = SignedInCaller.From(http.User)!;
        if (caller.AllBranches && caller.ClientId is null) return found;
        var shown = new List<ClientCard>();
        foreach (var card in found)
            if ((await owners.OfClientAsync(card.Id)).Refusal(caller) is null) shown.Add(card);
        return shown;
    }

    /// <summary>Every booking of the client at every branch, oldest first, from the index the specialist-days keep with their commits.</summary>
    private static async Task<Ok<List<Booking>>> BookingsAsync(string id, ClientDirectory clients, GrainIndex index)
    {
        await clients.GetAsync(id);
        var hits = await index.QueryAsync<Booking>(new IndexQuery(ClientIndexes.BookingsByClient) { KeyPrefix = $"{id}|", Limit = MaxBookingsListed });
        return TypedResults.Ok(hits.Select(h => h.Data).ToList());
    }
}
