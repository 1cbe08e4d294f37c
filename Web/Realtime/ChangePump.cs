using System.Collections.Concurrent;
using System.Threading.Channels;
using Frontdesk.Silo;
using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Realtime;

/// <summary>
/// Turns commits into pushes. Every commit this node makes or hears of (the change feed) is matched to the watched
/// topics; the grain's new state is read once and pushed to those topics' groups with its version. Commits of one
/// grain that pile up while a push is being made are folded into the next push (one message per version range,
/// not per event), and one grain's pushes never overtake each other. The item last pushed to each watched topic is
/// kept, so a source can push only what changed since (see <see cref="ItemPatch"/>).
/// </summary>
public sealed class ChangePump(
    GrainChangeFeed feed,
    TopicRegistry topics,
    TopicSubscriptions subscriptions,
    IHubContext<LiveHub> hub,
    ILogger<ChangePump> logger) : IHostedService
{
    private const int Workers = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<GrainId, Pending> _pending = [];
    private readonly Channel<GrainId> _ready = Channel.CreateUnbounded<GrainId>();
    // Written only by the worker pushing that grain (one at a time), read by the sweep.
    private readonly ConcurrentDictionary<(GrainId Grain, string Topic), TopicItem> _lastPushed = new();
    private int _sweepAt = 1024;
    private IDisposable? _subscription;
    private IDisposable? _gaps;
    private Task[] _workers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(OnCommit);
        _gaps = feed.SubscribeToGaps(() => _ = ResyncAsync());
        _workers = [.. Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync, CancellationToken.None))];
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _gaps?.Dispose();
        _ready.Writer.TryComplete();
        await Task.WhenAll(_workers).WaitAsync(cancellationToken);
    }

    private void OnCommit(GrainChange change)
    {
        List<(ITopicSource, string)>? watched = null;
        foreach (var source in topics.Sources)
            foreach (var topic in source.TopicsOf(change, subscriptions))
                (watched ??= []).Add((source, topic));
        if (watched is null) return;
        lock (_gate)
        {
            if (!_pending.TryGetValue(change.Grain, out var pending)) _pending[change.Grain] = pending = new Pending(change.FirstVersion);
            pending.FirstVersion = Math.Min(pending.FirstVersion, change.FirstVersion);
            pending.Latest = change;
            foreach (var target in watched) pending.Targets.Add(target);
            if (pending.Queued || pending.InFlight) return;
            pending.Queued = true;
        }
        _ready.Writer.TryWrite(change.Grain);
    }

    /// <summary>
    /// The node may have missed other nodes' commits (its database line was cut): every watched topic's items are read
    /// again and sent in the "refetch unless you hold this version" form, so a screen that missed a commit refetches and
    /// the others ignore the message.
    /// </summary>
    private async Task ResyncAsync()
    {
        // Screens that refetch hold versions newer than the patches' bases: the next push of each item goes whole.
        _lastPushed.Clear();
        foreach (var topic in subscriptions.Watched.ToArray())
        {
            try
            {
                foreach (var item in await topics.Resolve(topic).SnapshotAsync(topic, user: null))
                    await hub.Clients.Group(topic).SendAsync("changed", new ChangedMessage(topic, item.Key, item.Version + 1, item.Version, item.Data));
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not resync {Topic} after a gap in the change feed", topic);
            }
        }
    }

    private async Task WorkAsync()
    {
        await foreach (var grain in _ready.Reader.ReadAllAsync())
        {
            GrainChange change;
            long first;
            long already;
            List<(ITopicSource Source, string Topic)> targets;
            lock (_gate)
            {
                var pending = _pending[grain];
                (change, first, already, targets) = (pending.Latest!, pending.FirstVersion, pending.LastPushed, [.. pending.Targets]);
                pending.Targets.Clear();
                pending.FirstVersion = long.MaxValue;
                (pending.Queued, pending.InFlight) = (false, true);
            }
            long pushed = 0;
            foreach (var (source, topic) in targets)
            {
                try
                {
                    if (await source.ReadAsync(change, topic) is not { } push) continue;
                    var item = push.Item;
                    // An earlier push may already have carried this version (it read the grain after a later commit).
                    if (!push.Refetch && item.Version <= already) continue;
                    pushed = Math.Max(pushed, item.Version);
                    await hub.Clients.Group(topic).SendAsync("changed", Message(source, grain, topic, push, Math.Max(first, already + 1)));
                }
                catch (Exception ex)
                {
                    // The subscribers see the next version as a gap and refetch: nothing is silently lost.
                    logger.LogWarning(ex, "Could not push {Grain} v{Version} to {Topic}", grain, change.Version, topic);
                }
            }
            if (_lastPushed.Count >= _sweepAt) Sweep();
            lock (_gate)
            {
                var pending = _pending[grain];
                pending.InFlight = false;
                pending.LastPushed = Math.Max(pending.LastPushed, pushed);
                if (pending.Targets.Count == 0) _pending.Remove(grain);
                else if (!pending.Queued)
                {
                    // Commits that came in during this push: the next push starts where this one ended.
                    pending.Queued = true;
                    _ready.Writer.TryWrite(grain);
                }
            }
        }
    }

    private ChangedMessage Message(ITopicSource source, GrainId grain, string topic, TopicPush push, long firstVersion)
    {
        var item = push.Item;
        if (push.Refetch)
        {
            _lastPushed.TryRemove((grain, topic), out _);
            return new ChangedMessage(topic, item.Key, item.Version + 1, item.Version, item.Data);
        }
        var before = _lastPushed.GetValueOrDefault((grain, topic));
        _lastPushed[(grain, topic)] = item;
        // A patch applies over exactly the version it was taken from, which is what its first version says.
        if (before is not null && before.Key == item.Key && before.Version < item.Version && source.Difference(before, item) is { } partial)
            return new ChangedMessage(topic, item.Key, before.Version + 1, item.Version, partial.Data, partial.Patch);
        return new ChangedMessage(topic, item.Key, firstVersion, item.Version, item.Data);
    }

    /// <summary>Forgets what was pushed to topics nobody watches any more.</summary>
    private void Sweep()
    {
        foreach (var entry in _lastPushed.Keys)
            if (!subscriptions.IsWatched(entry.Topic)) _lastPushed.TryRemove(entry, out _);
        _sweepAt = Math.Max(1024, _lastPushed.Count * 2);
    }

    private sealed class Pending(long firstVersion)
    {
        public long FirstVersion { get; set; } = firstVersion;
        public GrainChange? Latest { get; set; }
        /// <summary>The highest version pushed while this entry lived; later pushes start after it.</summary>
        public long LastPushed { get; set; }
        public HashSet<(ITopicSource, string)> Targets { get; } = [];
        public bool Queued { get; set; }
        public bool InFlight { get; set; }
    }
}
