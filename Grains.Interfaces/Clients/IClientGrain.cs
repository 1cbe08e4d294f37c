using Frontdesk.Silo;

namespace Frontdesk.Grains.Clients;

/// <summary>A client's card (key: client id). Found by name or phone through the "clients" index it keeps.</summary>
public interface IClientGrain : IGrainWithStringKey
{
    /// <summary>Null until the card is registered.</summary>
    Task<ClientCard?> GetAsync();

    /// <summary>Registers the card; registering the same client again answers the card as it is.</summary>
    Task<ClientCard> RegisterAsync(NewClient client);
}
