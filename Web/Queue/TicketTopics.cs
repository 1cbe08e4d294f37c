using System.Collections.Concurrent;
using System.Security.Claims;
using Frontdesk.Grains;
using Frontdesk.Grains.Queue;
using Frontdesk.Silo;
using Frontdesk.Web.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Queue;

/// <summary>
/// "queue-ticket:{ticketId}": one ticket, for its holder's phone. Items: one per counter the ticket passed through,
/// keyed by the counter's key, at that counter's version; the one not marked transferred is where it is now. A
/// transfer asks the phone to refetch, since the ticket then lives in a counter the phone has not seen.
/// </summary>
public sealed class TicketTopics(QueueBranchReader reader, IGrainFactory grains) : ITopicSource
{
    private const string CounterGrain = "queue-counter";
    private const string TopicPrefix = "queue-ticket:";

    // Which watched ticket topics each counter concerns, so a commit finds them by one lookup on the committing turn.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byCounter = new(StringComparer.Ordinal);

    public string Prefix => "queue-ticket";

    public static string Topic(string ticketId) => TopicPrefix + ticketId;

    // The ticket id carries a secret: whoever holds the printed QR may follow it, signed in or not.
    public TopicRule Rule(string topic) => TopicRule.Public;

    public string? Problem(string topic) =>
        QueueTicketId.TryParse(TicketOf(topic), out _) ? null : "a ticket topic is queue-ticket:{ticketId}, the id from the ticket's address.";

    public async Task<IReadOnlyList<TopicItem>> SnapshotAsync(string topic, ClaimsPrincipal? user)
    {
        var ticketId = TicketOf(topic);
        LocatedTicket located;
        try
        {
            located = await TicketLocator.FindAsync(grains, ticketId);
        }
        catch (CommandRejectedException refused)
        {
            throw new HubException($"Topic '{topic}': {refused.Message}");
        }
        foreach (var counter in located.Path) Watch(counter, topic);
        var items = await Task.WhenAll(located.Path.Select(async counter =>
        {
            var status = await reader.TicketAsync(counter, ticketId);
            return new TopicItem(counter.ToString(), status.Version, status);
        }));
        return items;
    }

    public IEnumerable<string> TopicsOf(GrainChange change, TopicSubscriptions subscriptions)
    {
        if (change.Grain.Type != CounterGrain || !_byCounter.TryGetValue(change.Grain.Key, out var topics)) yield break;
        foreach (var topic in topics.Keys)
        {
            if (subscriptions.IsWatched(topic)) yield return topic;
            else topics.TryRemove(topic, out _);
        }
    }

    public async Task<TopicPush?> ReadAsync(GrainChange change, string topic)
    {
        var counter = QueueCounterKey.Parse(change.Grain.Key);
        var status = await reader.TicketAsync(counter, TicketOf(topic));
        var item = new TopicItem(counter.ToString(), status.Version, status);
        if (status.Ticket is not { Status: TicketStatus.Transferred, TransferredTo: { } next }) return new TopicPush(item);
        Watch(counter with { LineId = next }, topic);
        return new TopicPush(item, Refetch: true);
    }

    private void Watch(QueueCounterKey counter, string topic) =>
        _byCounter.GetOrAdd(counter.ToString(), _ => new(StringComparer.Ordinal)).TryAdd(topic, 0);

    private static string TicketOf(string topic) => topic.StartsWith(TopicPrefix, StringComparison.Ordinal) ? topic[TopicPrefix.Length..] : "";
}
