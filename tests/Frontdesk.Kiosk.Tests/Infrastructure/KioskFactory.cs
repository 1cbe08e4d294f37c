using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>The kiosk program's real host in memory; its calls to the engine and printer go out over real sockets.</summary>
public sealed class KioskFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
