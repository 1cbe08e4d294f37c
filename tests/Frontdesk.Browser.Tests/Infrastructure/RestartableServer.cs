using System.Net;
using System.Net.Sockets;
using Frontdesk.TestSupport;

namespace Frontdesk.Browser.Tests.Infrastructure;

/// <summary>
/// The engine as a machine would run it across a restart: one port picked once and one SQLite folder, so after
/// <see cref="RestartAsync"/> it answers at the same address with the same data, and the pages open in browsers can
/// (and must) find their way back on their own.
/// </summary>
public sealed class RestartableServer : IAsyncDisposable
{
    private readonly TempFolder _data = new();
    private LiveServer? _server;

    public RestartableServer()
    {
        Port = FreePort();
        Address = new Uri($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public Uri Address { get; }

    public string DataDirectory => _data.Path;

    public bool Running => _server is not null;

    public void Start()
    {
        if (_server is not null) throw new InvalidOperationException("The server is running already.");
        var server = new LiveServer(Port, _data.Path);
        server.Start();
        _server = server;
    }

    /// <summary>Stops the engine as a shutdown would: connections close, the journal is closed, the port is let go.</summary>
    public async Task StopAsync()
    {
        var server = _server ?? throw new InvalidOperationException("The server is not running.");
        _server = null;
        await server.DisposeAsync();
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _data.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
