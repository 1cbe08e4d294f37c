namespace Frontdesk.Grains.Queue;

/// <summary>A number given out: the ticket joins the end of its class in the line.</summary>
public sealed record TicketIssued(QueueTicket Ticket, string OperationId) : QueueCounterEvent;
