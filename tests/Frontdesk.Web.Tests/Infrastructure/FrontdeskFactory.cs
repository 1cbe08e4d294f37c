using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Frontdesk.TestSupport.Security;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>
/// The real Web host in memory, with the settings a test gives it (a temp SQLite folder, a PostgreSQL server) and,
/// optionally, services of its own (a fixed clock) registered over the app's.
/// </summary>
public sealed class FrontdeskFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string TestOwner = "test-owner";
    public const string TestOwnerPassword = "test-owner-password";

    /// <summary>A client (no cookie container: the session rides in its default headers) signed in as the configured owner, or as someone else.</summary>
    public async Task<HttpClient> SignedInAsync(string login = TestOwner, string password = TestOwnerPassword)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        await SignIn.AsAsync(http, login, password);
        return http;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests send many anonymous and device calls from one address; the rate limit test sets its own limits.
        builder.UseSetting("Frontdesk:RateLimits:DevicePerMinute", "100000");
        builder.UseSetting("Frontdesk:RateLimits:PublicPerMinute", "100000");
        // An owner from configuration, as a real chain has one, so a test without the demo can still sign in.
        builder.UseSetting("Frontdesk:Security:Owner:Login", TestOwner);
        builder.UseSetting("Frontdesk:Security:Owner:Password", TestOwnerPassword);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
