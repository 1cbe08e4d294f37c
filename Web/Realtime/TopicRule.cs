using Frontdesk.Web.Security;

namespace Frontdesk.Web.Realtime;

/// <summary>Who may follow a topic: the permission and whose data it shows; no permission means anyone (a ticket's own status).</summary>
public sealed record TopicRule(Permission? Permission, ResourceOwner Owner)
{
    public static TopicRule Public { get; } = new(null, ResourceOwner.Chain);
}
