namespace Frontdesk.Grains.Queue;

/// <summary>A ticket of another line joins the end of this line's queue (of its class), keeping its number.</summary>
public sealed record TicketTransferredIn(QueueTicket Ticket) : QueueCounterEvent;
