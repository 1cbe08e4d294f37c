using Frontdesk.Silo;

namespace Frontdesk.Grains.Clients;

/// <summary>A client's card (key: client id). Found by name or phone through the "clients" index it keeps.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>Null until the card is registered.</summary>
    Task<ClientCard?> GetAsync();

    /// <summary>Registers the card; registering the same client again answers the card as it is.</summary>
    Task<ClientCard> RegisterAsync(NewClient client);

    /// <summary>Replaces the card's details (not its phones nor its owner); the details are tidied by the directory first.</summary>
    Task<ClientCard> EditAsync(ClientDetails details);

    /// <summary>Adds a phone (E.164) the client has claimed; adding one the card has changes nothing.</summary>
    Task<ClientCard> AddPhoneAsync(string phone);
}
