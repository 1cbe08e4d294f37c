using Frontdesk.Silo;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// One line of one branch on one business day (key <see cref="QueueCounterKey"/>): its numbers, its waiting
/// tickets, and the tickets at desks. Numbers are given out one turn at a time, so they are gap-free and never
/// repeat, and the commands that queue behind a turn are stored in one append. A counter calls no other grain:
/// whatever involves several (a booking check, a desk's lines, a transfer) is done by its callers, which keeps
/// it deadlock-free and hot. Refusals are <see cref="CommandRejectedException"/>.
/// </summary>
public interface IQueueCounterGrain : IGrainWithStringKey
{
    /// <summary>Gives the next number, or the ticket already given for this operation id.</summary>
    /// <param name="zone">The branch's IANA zone, which the counter checks its date against.</param>
    Task<QueueTicket> IssueAsync(TicketRequest request, QueueLine line, string zone);

    /// <summary>The ticket given for an operation id, if this counter gave one.</summary>
    Task<QueueTicket?> FindIssuedAsync(string operationId);

    Task<QueueCounterView> GetViewAsync();

    /// <summary>Every ticket of the day, in arrival order (reception's list, audits).</summary>
    Task<IReadOnlyList<QueueTicket>> GetTicketsAsync();

    Task<TicketProgress> GetProgressAsync(string ticketId);

    /// <summary>The ticket this counter would call next, or null when no one waits.</summary>
    Task<QueueHead?> PeekAsync();

    /// <summary>Calls the next ticket to the desk; null when no one waits or the head does not beat <see cref="DeskCall.MustBeat"/>.</summary>
    Task<QueueTicket?> CallNextAsync(DeskCall call);

    /// <summary>The ticket this counter has at the desk now, if any.</summary>
    Task<QueueTicket?> AtDeskAsync(string deskId);

    /// <summary><see cref="AtDeskAsync"/> and <see cref="PeekAsync"/> in one call, for a desk about to call.</summary>
    Task<QueueGlance> GlanceAsync(string deskId);

    Task<QueueTicket> RecallAsync(string ticketId, string deskId);

    /// <summary>Marks a called ticket a no-show; refused until it was recalled <paramref name="recallsNeeded"/> times.</summary>
    Task<QueueTicket> SkipAsync(string ticketId, string deskId, int recallsNeeded);

    Task<QueueTicket> ServeAsync(string ticketId, string deskId);

    /// <summary>Takes a ticket transferred from another line into this line's queue under its own number; repeating it is harmless.</summary>
    Task<QueueTicket> AcceptTransferAsync(QueueTicket ticket);

    /// <summary>The ticket leaves this line for <paramref name="toLineId"/> (called after the other line accepted it).</summary>
    Task<QueueTicket> ReleaseTransferAsync(string ticketId, string deskId, string toLineId);
}
