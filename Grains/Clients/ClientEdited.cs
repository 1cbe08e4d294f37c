namespace Frontdesk.Grains.Clients;

public sealed record ClientEdited(ClientCard Card) : ClientEvent;
