namespace Frontdesk.Grains.Queue;

/// <summary>
/// The ticket a line would call next, and what decides whether it goes before another line's: a higher rank, then
/// an earlier time in the queue, then the earlier arrival.
/// </summary>
public sealed record QueueHead(string LineId, string TicketId, int Rank, DateTimeOffset QueuedAt, long Arrival)
{
    /// <summary>True when this ticket is to be called before <paramref name="other"/>.</summary>
    public bool GoesBefore(QueueHead other) =>
        Rank != other.Rank ? Rank > other.Rank
        : QueuedAt != other.QueuedAt ? QueuedAt < other.QueuedAt
        : Arrival != other.Arrival ? Arrival < other.Arrival
        : string.CompareOrdinal(LineId, other.LineId) < 0;
}
