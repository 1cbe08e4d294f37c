using Frontdesk.Silo;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A desk of a branch (key <see cref="QueueDeskKey"/>) as its operator works it: one action at a time, so a double
/// press never calls two clients. It holds nothing of its own: the counters are the truth about which ticket is where,
/// and it only ever calls counters (which call no one), so desks and counters cannot deadlock.
/// </summary>
public interface IQueueDeskGrain : IGrainWithStringKey
{
    /// <summary>The ticket at this desk now, if any.</summary>
    Task<QueueTicket?> GetCurrentAsync();

    /// <summary>
    /// Calls the next ticket across the desk's lines (highest priority, then first come); null when no one waits.
    /// Refused while the desk is paused or still has a ticket; a repeat of the same operation answers the same ticket.
    /// </summary>
    Task<QueueTicket?> CallNextAsync(string operationId);

    Task<QueueTicket> RecallAsync(string ticketId);

    Task<QueueTicket> SkipAsync(string ticketId);

    Task<QueueTicket> ServeAsync(string ticketId);

    /// <summary>Sends the desk's ticket to the end of another line's queue; it keeps its number. Repeating it finishes a transfer cut short.</summary>
    Task<QueueTicket> TransferAsync(string ticketId, string toLineId);
}
