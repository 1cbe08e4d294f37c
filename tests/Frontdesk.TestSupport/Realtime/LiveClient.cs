using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>
/// A screen as tests and the load generator see it: a real SignalR connection to the engine's live hub over a real
/// WebSocket, recording every <c>changed</c> push it receives.
/// </summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<LiveChange> _changes = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private LiveClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("changed", message =>
        {
            _changes.Enqueue(new LiveChange(message.GetProperty("topic").GetString()!, message.GetProperty("key").GetString()!,
                message.GetProperty("firstVersion").GetInt64(), message.GetProperty("version").GetInt64(), message.GetProperty("data").Clone(),
                Stopwatch.GetTimestamp()));
            _arrived.Release();
        });
    }

    public IReadOnlyCollection<LiveChange> Changes => _changes;


    public HubConnectionState State => _connection.State;

    /// <param name="hub">e.g. ws://127.0.0.1:5080/hubs/live (http:// is turned into ws://).</param>
    public static async Task<LiveClient> ConnectAsync(Uri hub, CancellationToken cancellationToken = default) => await ConnectAsync(hub, null, cancellationToken);

    public static async Task<LiveClient> ConnectAsync(Uri hub, HubCredentials? credentials, CancellationToken cancellationToken = default)
    {
        var address = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : hub.Scheme == "http" ? "ws" : hub.Scheme }.Uri;
        var protocol = new JsonHubProtocol(Options.Create(new JsonHubProtocolOptions()));
        var connection = new HubConnection(new WebSocketConnectionFactory(credentials), protocol, new UriEndPoint(address),
            new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);
        var client = new LiveClient(connection);
        await connection.StartAsync(cancellationToken);
        return client;
    }

    public async Task<LiveSnapshot> SubscribeAsync(string topic, CancellationToken cancellationToken = default)
    {
        var result = await _connection.InvokeAsync<JsonElement>("Subscribe", topic, cancellationToken);
        return new LiveSnapshot(result.GetProperty("nodeInstance").GetString()!,
            [.. result.GetProperty("items").EnumerateArray().Select(i => new LiveItem(i.GetProperty("key").GetString()!, i.GetProperty("version").GetInt64(), i.GetProperty("data").Clone()))]);
    }

    public Task UnsubscribeAsync(string topic) => _connection.InvokeAsync("Unsubscribe", topic);

    /// <summary>Forgets the pushes received so far: a long run keeps only what it still waits for, not every payload since the start.</summary>
    public void ClearChanges() => _changes.Clear();

    /// <summary>Waits, up to a deadline, for a push that satisfies the condition (including ones already received).</summary>
    public async Task<LiveChange> WaitForAsync(Func<LiveChange, bool> condition, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(20);
        while (true)
        {
            var found = _changes.FirstOrDefault(condition);
            if (found is not null) return found;
            var left = limit - deadline.Elapsed;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                found = _changes.FirstOrDefault(condition);
                return found ?? throw new TimeoutException($"No matching push within {limit.TotalSeconds} s ({_changes.Count} received).");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        _arrived.Dispose();
    }
}
