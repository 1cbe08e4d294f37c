namespace Frontdesk.Grains.Queue;

/// <summary>
/// Finds a ticket from its id alone: the id names the counter that issued it, and a counter that transferred it
/// names the line it went to, so the trail is followed counter by counter to where the ticket is now.
/// </summary>
public static class TicketLocator
{
    // A ticket sent back and forth more than this is a loop of mistakes: stop following and show where it got to.
    private const int MaxTransfers = 16;

    public static async Task<LocatedTicket> FindAsync(IGrainFactory grains, string ticketId)
    {
        if (!QueueTicketId.TryParse(ticketId, out var id)) throw QueueRefusals.UnknownTicket(ticketId);
        var path = new List<QueueCounterKey> { id.Counter };
        while (true)
        {
            var key = path[^1];
            var progress = await grains.GetGrain<IQueueCounterGrain>(key.ToString()).GetProgressAsync(ticketId);
            if (progress.Ticket is not { Status: TicketStatus.Transferred, TransferredTo: { } next } || path.Count > MaxTransfers)
                return new LocatedTicket(key, progress, path);
            path.Add(key with { LineId = next });
        }
    }
}
