using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>
/// The real Web host in memory, with the settings a test gives it (a temp SQLite folder, a PostgreSQL server) and,
/// optionally, services of its own (a fixed clock) registered over the app's.
/// </summary>
public sealed class FrontdeskFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests send many anonymous and device calls from one address; the rate limit test sets its own limits.
        builder.UseSetting("Frontdesk:RateLimits:DevicePerMinute", "100000");
        builder.UseSetting("Frontdesk:RateLimits:PublicPerMinute", "100000");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }
}
