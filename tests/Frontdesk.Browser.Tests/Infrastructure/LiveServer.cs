using Frontdesk.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>
/// The real Web app on a real loopback socket (Kestrel, a free port), so a real browser can reach it, with its SQLite
/// journal in a temporary folder. Its pages are the ones the Web project's build put in Web/wwwroot/app.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new();

    public LiveServer()
    {
        UseKestrel(0);
    }

    /// <summary>Where the browser finds the app, e.g. http://127.0.0.1:40123.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Frontdesk:DataDirectory", _data.Path);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
    }
}
