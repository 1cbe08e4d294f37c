using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Realtime;

/// <summary>
/// The one hub the screens use (calendars, queues): Subscribe joins a topic's group and answers its snapshot;
/// commits are pushed as <c>changed</c> by <see cref="ChangePump"/>. The contract is in Web/ClientApp/src/realtime/contract.ts.
/// </summary>
public sealed class LiveHub(TopicRegistry topics, TopicSubscriptions subscriptions, NodeInstance node) : Hub
{
    public const string Path = "/hubs/live";

    public async Task<SubscribeResult> Subscribe(string topic)
    {
        var source = topics.Resolve(topic);
        // Joined before the snapshot is read, so a commit after the read is pushed, and none falls in between.
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
        subscriptions.Add(Context.ConnectionId, topic);
        var items = await source.SnapshotAsync(topic, Context.User);
        return new SubscribeResult(node.Id, items);
    }

    public async Task Unsubscribe(string topic)
    {
        subscriptions.Remove(Context.ConnectionId, topic);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, topic);
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
