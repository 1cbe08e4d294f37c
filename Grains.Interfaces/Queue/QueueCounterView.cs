namespace Frontdesk.Grains.Queue;

/// <summary>
/// A line's day at one version, as the lobby and the desks show it: the first <see cref="Waiting"/> tickets in the
/// order they will be called (of <see cref="WaitingCount"/>), the tickets at desks now, and the latest calls.
/// </summary>
/// <param name="LastNumber">How many numbers the line has issued today.</param>
/// <param name="AverageServiceSeconds">Over the recent tickets desks finished with; null before there are any.</param>
public sealed record QueueCounterView(
    string Key,
    string BranchId,
    string LineId,
    DateOnly Date,
    long Version,
    int LastNumber,
    int WaitingCount,
    IReadOnlyList<WaitingTicket> Waiting,
    IReadOnlyList<TicketCall> AtDesks,
    IReadOnlyList<TicketCall> RecentCalls,
    int Served,
    int NoShows,
    double? AverageServiceSeconds);
