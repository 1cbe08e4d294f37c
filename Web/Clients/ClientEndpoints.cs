using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;
using Frontdesk.Silo;
using Frontdesk.Silo.Journal;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontdesk.Web.Clients;

internal static class ClientEndpoints
{
    public const int MaxBookingsListed = 500;

    public static IEndpointRouteBuilder MapClientEndpoints(this IEndpointRouteBuilder app)
    {
        // By any part of a name, a phone in any format ("8 916 123-45-67", "+79161234567", "45-67"), or a booking number.
        app.MapGet("/api/clients", SearchAsync).WithTags("Clients");
        app.MapGet("/api/clients/{id}", async (ClientDirectory clients, string id) => TypedResults.Ok(await clients.GetAsync(id))).WithTags("Clients");
        // The client who owns the phone, or a new card: typing a known client in again finds them.
        app.MapPost("/api/clients", async (ClientDirectory clients, NewClient client) => TypedResults.Ok(await clients.FindOrRegisterAsync(client)))
            .WithTags("Clients");
        app.MapGet("/api/clients/{id}/bookings", BookingsAsync).WithTags("Clients");
        app.MapPut("/api/clients/{id}", async (string id, ClientDetails details, ClientDirectory clients) => TypedResults.Ok(await clients.EditAsync(id, details)))
            .WithTags("Clients");
        app.MapPost("/api/clients/{id}/phones", async (string id, ClientPhone body, ClientDirectory clients) => TypedResults.Ok(await clients.AddPhoneAsync(id, body.Phone)))
            .WithTags("Clients");
        app.MapGet("/api/clients/{id}/dependents", async (string id, ClientDirectory clients) => TypedResults.Ok(await clients.DependentsAsync(id))).WithTags("Clients");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ClientCard>>> SearchAsync(ClientDirectory clients, BookingLocator locator, string? query, int? limit)
    {
        if (BookingNumber.TryParse(query?.Trim(), out _))
        {
            var (_, booking) = await locator.FindAsync(query!.Trim());
            // A booking made for someone without a card (an import, a test) finds nobody rather than failing the search.
            try
            {
                return TypedResults.Ok<IReadOnlyList<ClientCard>>([await clients.GetAsync(booking.Client.ClientId)]);
            }
            catch (CommandRejectedException ex) when (ex.Kind == RejectionKind.NotFound)
            {
                return TypedResults.Ok<IReadOnlyList<ClientCard>>([]);
            }
        }
        return TypedResults.Ok(await clients.SearchAsync(query ?? "", limit ?? 20));
    }

    /// <summary>Every booking of the client at every branch, oldest first, from the index the specialist-days keep with their commits.</summary>
    private static async Task<Ok<List<Booking>>> BookingsAsync(string id, ClientDirectory clients, GrainIndex index)
    {
        await clients.GetAsync(id);
        var hits = await index.QueryAsync<Booking>(new IndexQuery(ClientIndexes.BookingsByClient) { KeyPrefix = $"{id}|", Limit = MaxBookingsListed });
        return TypedResults.Ok(hits.Select(h => h.Data).ToList());
    }
}
