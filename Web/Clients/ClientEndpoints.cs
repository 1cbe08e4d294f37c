using Frontdesk.Grains;
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
        // By any part of a name, a phone in any format ("8 916 123-45-67", "+79161234567", "45-67"), or a booking number.
        app.MapGet("/api/clients", SearchAsync).WithTags("Clients").RequirePermission(Permission.ClientRead, BranchScope.Chain);
        app.MapGet("/api/clients/{id}", async (ClientDirectory clients, string id) => TypedResults.Ok(await clients.GetAsync(id))).WithTags("Clients")
            .RequirePermission(Permission.ClientRead, BranchScope.Client());
        // The client who owns the phone, or a new card: typing a known client in again finds them.
        // Another branch's client is found (the same person is one client chain-wide) but shown only as far as a booking
        // needs: who it is, not their contacts, notes or consents.
        app.MapPost("/api/clients", async (ClientDirectory clients, ResourceOwners owners, HttpContext http, NewClient client) =>
            {
                var card = await clients.FindOrRegisterAsync(client);
                return TypedResults.Ok((await InScopeAsync([card], owners, http)).Count == 1 ? card : Introduction(card));
            })
            .WithTags("Clients").RequirePermission(Permission.ClientWrite, BranchScope.Chain);
        app.MapGet("/api/clients/{id}/bookings", BookingsAsync).WithTags("Clients").RequirePermission(Permission.ClientRead, BranchScope.Client());
        app.MapPut("/api/clients/{id}", async (string id, ClientDetails details, ClientDirectory clients) => TypedResults.Ok(await clients.EditAsync(id, details)))
            .WithTags("Clients").RequirePermission(Permission.ClientWrite, BranchScope.Client());
        app.MapPost("/api/clients/{id}/phones", async (string id, ClientPhone body, ClientDirectory clients) => TypedResults.Ok(await clients.AddPhoneAsync(id, body.Phone)))
            .WithTags("Clients").RequirePermission(Permission.ClientWrite, BranchScope.Client());
        app.MapGet("/api/clients/{id}/dependents", async (string id, ClientDirectory clients) => TypedResults.Ok(await clients.DependentsAsync(id))).WithTags("Clients")
            .RequirePermission(Permission.ClientRead, BranchScope.Client());
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ClientCard>>> SearchAsync(ClientDirectory clients, BookingLocator locator, ResourceOwners owners, HttpContext http,
        string? query, int? limit)
    {
        if (BookingNumber.TryParse(query?.Trim(), out _))
        {
            var (_, booking) = await locator.FindAsync(query!.Trim());
            // A booking made for someone without a card (an import, a test) finds nobody rather than failing the search.
            try
            {
                return TypedResults.Ok(await InScopeAsync([await clients.GetAsync(booking.Client.ClientId)], owners, http));
            }
            catch (CommandRejectedException ex) when (ex.Kind == RejectionKind.NotFound)
            {
                return TypedResults.Ok<IReadOnlyList<ClientCard>>([]);
            }
        }
        return TypedResults.Ok(await InScopeAsync(await clients.SearchAsync(query ?? "", limit ?? 20), owners, http));
    }

    private static ClientCard Introduction(ClientCard card) =>
        new(card.Id, card.Name, [], card.CreatedAt, OwnerId: card.OwnerId);

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
