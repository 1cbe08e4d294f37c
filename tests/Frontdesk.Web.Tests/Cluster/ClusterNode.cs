using System.Net;
using System.Text.Json;
using Frontdesk.TestSupport;
using Frontdesk.Web.Tests.Infrastructure;

namespace Frontdesk.Web.Tests.Cluster;

/// <summary>
/// One engine node of a local cluster: `dotnet Frontdesk.Web.dll` as its own process on a port of its own, which a test
/// can SIGKILL and start again on the same port (where a load balancer would look for it).
/// </summary>
public sealed class ClusterNode(string name, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(3) };
    private WebProcess? _process;

    public string Name => name;
    public int Port { get; } = WebProcess.FreePort();
    public Uri Address => new($"http://127.0.0.1:{Port}");
    public Uri Hub => new(Address, "/hubs/live");

    public string Log => _process is null ? "(not running)" : _process.Stdout + _process.Stderr;

    public void Start() => _process = WebProcess.Start(environment, Port);

    public Task WaitReadyAsync(TimeSpan? within = null) =>
        Eventually.TrueAsync(async () => await ReadyStatusAsync() == HttpStatusCode.OK, $"{name} to be ready", within ?? TimeSpan.FromSeconds(60));

    /// <summary>What /health/ready answers now; null when nothing answers.</summary>
    public async Task<HttpStatusCode?> ReadyStatusAsync()
    {
        try
        {
            using var response = await Probe.GetAsync(new Uri(Address, "/health/ready"));
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    public async Task KillAsync()
    {
        if (_process is null) return;
        await _process.KillAsync();
        await _process.DisposeAsync();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
    }
}
