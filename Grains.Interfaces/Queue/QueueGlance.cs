namespace Frontdesk.Grains.Queue;

/// <summary>What a desk needs of one of its lines before calling: the ticket the line has at this desk, and its head.</summary>
public sealed record QueueGlance(QueueTicket? AtDesk, QueueHead? Head);
