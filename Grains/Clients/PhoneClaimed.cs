namespace Frontdesk.Grains.Clients;

public sealed record PhoneClaimed(string ClientId) : ClientPhoneEvent;
