using Microsoft.Extensions.Logging;

namespace Frontdesk.Silo;

/// <summary>
/// Tells subscribers in this process of every commit, after it is durable: this node's own, and other
/// nodes' as the database reports them. Handlers run on the committing grain's turn: they must be quick
/// (hand the change to a queue, a SignalR group) and must not call back into grains synchronously.
/// </summary>
public sealed class GrainChangeFeed(ILogger<GrainChangeFeed> logger)
{
    private readonly Lock _gate = new();
    private Action<GrainChange>[] _subscribers = [];

    public bool HasSubscribers => Volatile.Read(ref _subscribers).Length > 0;

    public IDisposable Subscribe(Action<GrainChange> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(this, handler);
    }

    internal void Publish(GrainChange change)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(change);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A change-feed subscriber failed on {Grain} v{Version}", change.Grain, change.Version);
            }
        }
    }

    private void Unsubscribe(Action<GrainChange> handler)
    {
        lock (_gate) _subscribers = _subscribers.Where(s => s != handler).ToArray();
    }

    private sealed class Subscription(GrainChangeFeed feed, Action<GrainChange> handler) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(handler);
    }
}
