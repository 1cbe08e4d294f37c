namespace Frontdesk.Grains.Queue;

/// <summary>A ticket now, for its holder's status page: where it is, how many are before it, about how long.</summary>
/// <param name="CounterVersion">The version of the counter it was read from.</param>
public sealed record TicketProgress(QueueTicket Ticket, long CounterVersion, int? PeopleAhead, int? EstimatedWaitMinutes);
