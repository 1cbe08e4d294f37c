using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>A desk, and the ticket at it now.</summary>
public sealed record DeskResponse(QueueDesk Desk, QueueTicket? Current);
