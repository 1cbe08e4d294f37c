namespace Frontdesk.Web.Realtime;

/// <param name="Refetch">True when subscribers should refetch rather than apply the item (see <see cref="ChangedMessage"/>).</param>
public sealed record TopicPush(TopicItem Item, bool Refetch = false);
