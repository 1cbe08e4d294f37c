namespace Frontdesk.Grains.Clients;

public sealed class ClientState : IJournaledState<ClientEvent>
{
    public ClientCard? Card { get; set; }

    public void Apply(ClientEvent @event)
    {
        switch (@event)
        {
            case ClientRegistered e: Card = e.Card; break;
            case ClientEdited e: Card = e.Card; break;
        }
    }
}
