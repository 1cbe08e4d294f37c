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
    private Action[] _gapSubscribers = [];

    public bool HasSubscribers => Volatile.Read(ref _subscribers).Length > 0;

    public IDisposable Subscribe(Action<GrainChange> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(() => { lock (_gate) _subscribers = _subscribers.Where(s => s != handler).ToArray(); });
    }

    /// <summary>
    /// Called when this node may have missed other nodes' commits: it lost its line to the database (a restart, a network
    /// cut) and has it back. Whoever shows grain state elsewhere must re-read it, since the missed commits are told to nobody.
    /// </summary>
    public IDisposable SubscribeToGaps(Action handler)
    {
        lock (_gate) _gapSubscribers = [.. _gapSubscribers, handler];
        return new Subscription(() => { lock (_gate) _gapSubscribers = _gapSubscribers.Where(s => s != handler).ToArray(); });
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

    internal void PublishGap()
    {
        foreach (var subscriber in Volatile.Read(ref _gapSubscribers))
        {
            try
            {
                subscriber();
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A change-feed subscriber failed on a gap");
            }
        }
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
