namespace Frontdesk.Web.Realtime;

/// <param name="NodeInstance">New at every start of this process: a client that sees it change refetches everything.</param>
public sealed record SubscribeResult(string NodeInstance, IReadOnlyList<TopicItem> Items);
