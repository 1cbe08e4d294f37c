using System.Net.WebSockets;
using Frontdesk.TestSupport.Security;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>Who a hub connection is: a signed-in person's cookies, or a device's token; none for anonymous.</summary>
public sealed record HubCredentials(string? CookieHeader = null, string? BearerToken = null)
{
    public static HubCredentials Of(StaffSession session) => new(CookieHeader: session.CookieHeader);

    public static HubCredentials Device(string token) => new(BearerToken: token);

    public void Apply(ClientWebSocketOptions options)
    {
        if (CookieHeader is not null) options.SetRequestHeader("Cookie", CookieHeader);
        if (BearerToken is not null) options.SetRequestHeader("Authorization", $"Bearer {BearerToken}");
    }
}
