using System.Security.Claims;
using Frontdesk.Silo;

namespace Frontdesk.Web.Realtime;

/// <summary>
/// A family of topics ("calendar:…", "queue:…"): what a subscriber gets first, and which grain commits concern which of
/// its topics. Snapshots and pushed items are read from the grains themselves, so a push carries the grain's state at
/// a version, never a copy that could be stale.
/// </summary>
public interface ITopicSource
{
    /// <summary>The part of the topic before the first ':'.</summary>
    string Prefix { get; }

    /// <summary>Null when the topic is well-formed; else what is wrong with it, for the subscriber.</summary>
    string? Problem(string topic);

    /// <summary>Who may follow a well-formed topic (checked by the hub before it joins the group or reads anything).</summary>
    TopicRule Rule(string topic);

    /// <summary>
    /// The topic's items now. <paramref name="user"/> is who asks: when roles and branches arrive, a source refuses a
    /// topic the user may not see by throwing <see cref="Microsoft.AspNetCore.SignalR.HubException"/>.
    /// </summary>
    Task<IReadOnlyList<TopicItem>> SnapshotAsync(string topic, ClaimsPrincipal? user);

    /// <summary>
    /// The watched topics a commit concerns. Called for every commit on the node, on the committing turn: it must be
    /// cheap and must not call grains.
    /// </summary>
    IEnumerable<string> TopicsOf(GrainChange change, TopicSubscriptions subscriptions);

    /// <summary>What to push to <paramref name="topic"/> for a commit, read after it; null for nothing.</summary>
    Task<TopicPush?> ReadAsync(GrainChange change, string topic);

    /// <summary>
    /// The change from <paramref name="previous"/> (an item this node pushed) to <paramref name="current"/> as a partial
    /// item, or null to push <paramref name="current"/> whole (the default, and the answer whenever a patch would not be
    /// much smaller).
    /// </summary>
    PartialItem? Difference(TopicItem previous, TopicItem current) => null;
}
