namespace Frontdesk.Grains.Clients;

public sealed class ClientPhoneState : IJournaledState<ClientPhoneEvent>
{
    public string? OwnerId { get; set; }

    public void Apply(ClientPhoneEvent @event)
    {
        switch (@event)
        {
            case PhoneClaimed e: OwnerId ??= e.ClientId; break;
        }
    }
}
