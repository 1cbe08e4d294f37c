using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Realtime;

/// <summary>The topic sources of this node, found by a topic's prefix.</summary>
public sealed class TopicRegistry(IEnumerable<ITopicSource> sources)
{
    private readonly Dictionary<string, ITopicSource> _byPrefix = sources.ToDictionary(s => s.Prefix, StringComparer.Ordinal);

    public IReadOnlyCollection<ITopicSource> Sources => _byPrefix.Values;

    /// <summary>The source of a well-formed topic; otherwise a <see cref="HubException"/> the subscriber reads.</summary>
    public ITopicSource Resolve(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic) || topic.Length > 200)
            throw new HubException("A topic is a non-empty string of at most 200 characters, such as 'calendar:branch:2026-11-23'.");
        var prefix = topic.Split(':', 2)[0];
        if (!_byPrefix.TryGetValue(prefix, out var source))
            throw new HubException($"Unknown topic '{topic}': topics start with {string.Join(", ", _byPrefix.Keys.Select(k => $"'{k}:'"))}.");
        if (source.Problem(topic) is { } problem) throw new HubException($"Topic '{topic}': {problem}");
        return source;
    }
}
