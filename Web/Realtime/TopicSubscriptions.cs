using System.Collections.Concurrent;

namespace Frontdesk.Web.Realtime;

/// <summary>Which topics have subscribers on this node, so commits nobody here watches are not read or pushed.</summary>
public sealed class TopicSubscriptions
{
    private readonly ConcurrentDictionary<string, int> _topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byConnection = new(StringComparer.Ordinal);

    public bool IsWatched(string topic) => _topics.ContainsKey(topic);

    /// <summary>The topics watched now (a snapshot of the keys).</summary>
    public IEnumerable<string> Watched => _topics.Keys;

    public int Count(string topic) => _topics.GetValueOrDefault(topic);

    /// <summary>True when the connection was not yet in the topic.</summary>
    public bool Add(string connectionId, string topic)
    {
        var topics = _byConnection.GetOrAdd(connectionId, _ => new(StringComparer.Ordinal));
        if (!topics.TryAdd(topic, 0)) return false;
        _topics.AddOrUpdate(topic, 1, (_, n) => n + 1);
        return true;
    }

    public void Remove(string connectionId, string topic)
    {
        if (_byConnection.TryGetValue(connectionId, out var topics) && topics.TryRemove(topic, out _)) Release(topic);
    }

    public void RemoveConnection(string connectionId)
    {
        if (!_byConnection.TryRemove(connectionId, out var topics)) return;
        foreach (var topic in topics.Keys) Release(topic);
    }

    private void Release(string topic)
    {
        // Decrement, and drop the entry at zero, without racing a concurrent Add.
        while (true)
        {
            var count = _topics.GetValueOrDefault(topic);
            if (count <= 1)
            {
                if (count == 0 || _topics.TryRemove(new KeyValuePair<string, int>(topic, count))) return;
            }
            else if (_topics.TryUpdate(topic, count - 1, count)) return;
        }
    }
}
