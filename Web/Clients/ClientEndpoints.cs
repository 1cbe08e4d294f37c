using Frontdesk.Grains.Clients;

namespace Frontdesk.Web.Clients;

internal static class ClientEndpoints
{
    public static IEndpointRouteBuilder MapClientEndpoints(this IEndpointRouteBuilder app)
    {
        // By any part of a name, or a phone in any format ("8 916 123-45-67", "+79161234567", "45-67").
        app.MapGet("/api/clients", async (ClientDirectory clients, string? query, int? limit) =>
            TypedResults.Ok(await clients.SearchAsync(query ?? "", limit ?? 20)));
        app.MapGet("/api/clients/{id}", async (ClientDirectory clients, string id) => TypedResults.Ok(await clients.GetAsync(id)));
        return app;
    }
}
