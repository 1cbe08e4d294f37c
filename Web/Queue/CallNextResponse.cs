using Frontdesk.Grains.Queue;

namespace Frontdesk.Web.Queue;

/// <summary>What call-next did: the ticket called, or null when nobody was waiting.</summary>
public sealed record CallNextResponse(QueueTicket? Ticket);
