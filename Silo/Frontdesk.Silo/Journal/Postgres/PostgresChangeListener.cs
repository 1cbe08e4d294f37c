using System.Text.Json;
using System.Threading.Channels;
using Frontdesk.Silo.Runtime;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Frontdesk.Silo.Journal.Postgres;

/// <summary>
/// Hears other nodes' commits (<c>LISTEN frontdesk_journal</c>): the local activation of that grain catches up
/// before its next turn, and local subscribers get the change. After a lost connection every activation
/// re-reads its tail and the subscribers are told of the gap, since notifications sent meanwhile are gone.
/// </summary>
internal sealed class PostgresChangeListener(
    PostgresJournalStorage storage,
    Catalog catalog,
    GrainTypeRegistry registry,
    SiloOptions options,
    ILogger logger) : IAsyncDisposable
{
    private readonly Channel<(GrainId Grain, long First, long Version)> _notifications =
        Channel.CreateUnbounded<(GrainId, long, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _firstListen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _listening;
    private Task? _forwarding;

    public async Task StartAsync(CancellationToken stopping)
    {
        _listening = ListenLoopAsync(stopping);
        _forwarding = ForwardLoopAsync();
        // A node that is ready must already hear others; a listener that cannot connect does not block start-up forever.
        await Task.WhenAny(_firstListen.Task, Task.Delay(options.StartupTimeout, stopping));
    }

    private async Task ListenLoopAsync(CancellationToken stopping)
    {
        var everConnected = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await storage.DataSource.OpenConnectionAsync(stopping);
                connection.Notification += (_, e) => Hear(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresJournalStorage.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stopping);
                if (everConnected)
                {
                    logger.LogInformation("Change feed listening again; activations re-read their journals before their next turn");
                    catalog.HearAgain();
                    // Listening again first, then the gap: a commit after this point is heard, one before it is re-read.
                    catalog.ChangeFeed.PublishGap();
                }
                else if (catalog.Deaf) catalog.HearAgain(); // the first connection came after failed tries at start-up
                everConnected = true;
                _firstListen.TrySetResult();
                while (!stopping.IsCancellationRequested) await connection.WaitAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Change feed connection lost ({Reason}); retrying in {Delay} ms", ex.Message, options.ListenRetryDelay.TotalMilliseconds);
                catalog.StopHearing();
                try
                {
                    await Task.Delay(options.ListenRetryDelay, stopping);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        _notifications.Writer.TryComplete();
    }

    /// <summary>
    /// Marks the activation stale as the notification arrives, not after the ones queued before it were forwarded: a
    /// read on this node right after another node's commit must not wait behind the pushes' database reads.
    /// </summary>
    private void Hear(string payload)
    {
        // node|first|last|type|key; the key goes last because it may itself hold '|'.
        var parts = payload.Split('|', 5);
        if (parts.Length != 5 || parts[0] == options.NodeId
            || !long.TryParse(parts[1], out var first) || !long.TryParse(parts[2], out var version)) return;
        var id = new GrainId(parts[3], parts[4]);
        catalog.MarkStale(id, version);
        if (catalog.ChangeFeed.HasSubscribers) _notifications.Writer.TryWrite((id, first, version));
    }

    private async Task ForwardLoopAsync()
    {
        await foreach (var (id, first, version) in _notifications.Reader.ReadAllAsync())
        {
            try
            {
                await ForwardAsync(id, first, version);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not read {Grain} v{Version} to forward it", id, version);
            }
        }
    }

    private async Task ForwardAsync(GrainId id, long first, long version)
    {
        if (registry.FindByTypeName(id.Type)?.EventType is not { } eventType) return;
        var listType = typeof(List<>).MakeGenericType(eventType);
        var commits = await storage.ReadCommitsAsync(id.Type, id.Key, first - 1, CancellationToken.None);
        foreach (var commit in commits.Where(c => c.FirstVersion == first && c.LastVersion == version))
        {
            var events = ((System.Collections.IEnumerable)JsonSerializer.Deserialize(commit.EventsJson, listType, options.Json)!).Cast<object>().ToArray();
            catalog.ChangeFeed.Publish(new GrainChange(id, commit.FirstVersion, commit.LastVersion, events, FromOtherNode: true));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _notifications.Writer.TryComplete();
        if (_listening is not null) await _listening;
        if (_forwarding is not null) await _forwarding;
    }
}
