using Frontdesk.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>
/// The real Web app on a real loopback socket (Kestrel), so a real browser can reach it, with its SQLite journal in a
/// folder: by default a free port and a temporary folder of its own; given a port and a folder (which it then leaves in
/// place), a server that can be stopped and started again as the same address on the same data
/// (<see cref="RestartableServer"/>). Its pages are the ones the Web project's build put in Web/wwwroot/app.
/// </summary>
public sealed class LiveServer : WebApplicationFactory<Program>
{
    private readonly TempFolder? _ownData;
    private readonly string _dataDirectory;

    public LiveServer()
    {
        _ownData = new TempFolder();
        _dataDirectory = _ownData.Path;
        UseKestrel(0);
    }

    public LiveServer(int port, string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        UseKestrel(port);
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
        builder.UseSetting("Frontdesk:DataDirectory", _dataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _ownData?.Dispose();
    }
}
