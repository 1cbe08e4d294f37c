using Microsoft.AspNetCore.SignalR;

namespace Frontdesk.Web.Realtime;

/// <summary>
/// The one hub the screens use (calendars, queues): Subscribe joins a topic's group and answers its snapshot;
/// commits are pushed as <c>changed</c> by <see cref="ChangePump"/>. The contract is in Web/ClientApp/src/realtime/contract.ts.
/// </summary>
public sealed class LiveHub(TopicRegistry topics, TopicSubscriptions subscriptions, NodeInstance node, Security.AccessRefusals refusals) : Hub
{
    public const string Path = "/hubs/live";

    public async Task<SubscribeResult> Subscribe(string topic)
    {
        var source = topics.Resolve(topic);
        await CheckAsync(source.Rule(topic), topic);
        // Joined before the snapshot is read, so a commit after the read is pushed, and none falls in between.
        await Groups.AddToGroupAsync(Context.ConnectionId, topic);
        subscriptions.Add(Context.ConnectionId, topic);
        var items = await source.SnapshotAsync(topic, Context.User);
        return new SubscribeResult(node.Id, items);
    }

    /// <summary>Role and branch, as for HTTP: a topic of another branch is refused, and the refusal logged.</summary>
    private async Task CheckAsync(TopicRule rule, string topic)
    {
        if (rule.Permission is not { } permission) return;
        var caller = Security.SignedInCaller.From(Context.User);
        var why = caller is null ? "not signed in"
            : !caller.Can(permission) ? $"{caller.Role} may not {permission}"
            : rule.Owner.Refusal(caller);
        if (why is null) return;
        if (Context.GetHttpContext() is { } http) await refusals.RecordAsync(http, caller?.Login ?? "anonymous", $"topic {topic}: {why}");
        throw new HubException($"Not allowed to follow '{topic}': {why}.");
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
