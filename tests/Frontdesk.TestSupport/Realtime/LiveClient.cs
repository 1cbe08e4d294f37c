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
    private readonly Lock _gate = new();
    // The whole item last seen per topic and key, for partial pushes to be applied over.
    private readonly Dictionary<(string Topic, string Key), LiveItem> _items = [];
    // Partial pushes that came before the item they apply over (a push may overtake the Subscribe answer).
    private readonly List<(JsonElement Message, long At)> _held = [];

    private LiveClient(HubConnection connection)
    {
        _connection = connection;
        _connection.On<JsonElement>("changed", message =>
        {
            var at = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                if (!TryTake(message.Clone(), at)) _held.Add((message.Clone(), at));
            }
        });
    }

    /// <summary>Records a push, applying a partial one over the whole item held; false when that item is not (yet) held.</summary>
    private bool TryTake(JsonElement message, long at)
    {
        var (topic, key) = (message.GetProperty("topic").GetString()!, message.GetProperty("key").GetString()!);
        var (first, version, data) = (message.GetProperty("firstVersion").GetInt64(), message.GetProperty("version").GetInt64(), message.GetProperty("data"));
        var partial = message.TryGetProperty("patch", out var patch) && patch.ValueKind == JsonValueKind.Object;
        var sent = data;
        if (partial)
        {
            if (!_items.TryGetValue((topic, key), out var whole) || whole.Version != first - 1) return false;
            data = ItemPatchMerge.Apply(whole.Data, data, patch);
        }
        _items[(topic, key)] = new LiveItem(key, version, data);
        _changes.Enqueue(new LiveChange(topic, key, first, version, data, at, partial, sent));
        _arrived.Release();
        return true;
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
        var snapshot = new LiveSnapshot(result.GetProperty("nodeInstance").GetString()!,
            [.. result.GetProperty("items").EnumerateArray().Select(i => new LiveItem(i.GetProperty("key").GetString()!, i.GetProperty("version").GetInt64(), i.GetProperty("data").Clone()))]);
        lock (_gate)
        {
            foreach (var item in snapshot.Items)
                if (!_items.TryGetValue((topic, item.Key), out var held) || held.Version < item.Version) _items[(topic, item.Key)] = item;
            var waiting = _held.ToList();
            _held.Clear();
            foreach (var (message, at) in waiting)
            {
                var shown = _items.GetValueOrDefault((message.GetProperty("topic").GetString()!, message.GetProperty("key").GetString()!));
                if (shown is not null && shown.Version >= message.GetProperty("version").GetInt64()) continue; // the snapshot has it
                if (!TryTake(message, at)) _held.Add((message, at));
            }
        }
        return snapshot;
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
