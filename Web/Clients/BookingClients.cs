using Frontdesk.Grains;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;

namespace Frontdesk.Web.Clients;

internal static class BookingClients
{
    /// <summary>The client a booking names: their card by id, or found by phone (or registered) from what was typed.</summary>
    public static async Task<BookingClient> ResolveAsync(this ClientDirectory directory, ClientRef? client)
    {
        ClientCard card;
        if (!string.IsNullOrWhiteSpace(client?.Id)) card = await directory.GetAsync(client.Id);
        else if (!string.IsNullOrWhiteSpace(client?.Name) || !string.IsNullOrWhiteSpace(client?.Phone))
            card = await directory.FindOrRegisterAsync(new NewClient(client.Name ?? "", client.Phone, client.Email));
        else
            throw CommandRejectedException.Invalid("invalid-client", "Name the client: { \"id\" } of a card, or { \"name\", \"phone\" } to find or register one.",
                new Dictionary<string, object?> { ["client"] = "needs an id, or a name and a phone" });
        return new BookingClient(card.Id, card.Name, card.Phones.FirstOrDefault());
    }
}
