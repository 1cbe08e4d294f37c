namespace Frontdesk.Grains.Clients;

public sealed record ClientRegistered(ClientCard Card) : ClientEvent;
