using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Frontdesk.Web.Tests.Infrastructure;

/// <summary>The real Web host in memory, with the settings a test gives it (a temp SQLite folder, a PostgreSQL server).</summary>
public sealed class FrontdeskFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
