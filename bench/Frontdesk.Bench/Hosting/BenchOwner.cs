using Frontdesk.TestSupport.Realtime;
using Frontdesk.TestSupport.Security;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// The engine under load is a real one: the bench signs in as an owner the engine creates from its environment at start,
/// with a password made for this run (never written anywhere), and screens connect with that session.
/// </summary>
internal static class BenchOwner
{
    public const string Login = "bench-owner";
    public static readonly string Password = Guid.NewGuid().ToString("N");

    /// <summary>What every engine the bench starts is given: this owner, and no rate limit on the load it is about to get.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment =>
    [
        new("Frontdesk__Security__Owner__Login", Login),
        new("Frontdesk__Security__Owner__Password", Password),
        new("Frontdesk__RateLimits__DevicePerMinute", "100000000"),
        new("Frontdesk__RateLimits__PublicPerMinute", "100000000"),
    ];

    /// <summary>A client to <paramref name="address"/> signed in as the owner (the session rides in default headers, so no cookie container).</summary>
    public static async Task<HttpClient> ClientAsync(Uri address, int maxConnections = 64)
    {
        var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = maxConnections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
        };
        await SignIn.AsAsync(http, Login, Password);
        return http;
    }

    public static async Task<HubCredentials> HubAsync(Uri address)
    {
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = address };
        return HubCredentials.Of(await SignIn.SessionAsync(http, Login, Password));
    }
}
