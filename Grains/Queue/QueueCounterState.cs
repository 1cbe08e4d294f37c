using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A line's day as the fold of its events. The tickets are kept in arrival order; the waiting order, the desks and
/// the lookups by id are derived from them (and rebuilt when a snapshot is read), so a command costs a lookup or a
/// step in a sorted set, never a scan of the day, however many thousands of tickets it holds.
/// </summary>
public sealed class QueueCounterState : IJournaledState<QueueCounterEvent>, IJsonOnDeserialized
{
    private const int KeptServiceTimes = 20;
    private const int KeptCalls = 10;
    private const int Ranks = 10;

    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byCall = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _atDesk = new(StringComparer.Ordinal);
    private readonly SortedSet<int> _waiting;
    private readonly int[] _waitingByRank = new int[Ranks];

    public QueueCounterState() => _waiting = new SortedSet<int>(Comparer<int>.Create(CompareWaiting));

    /// <summary>How many numbers were given out: the last number, since they are gap-free from 1.</summary>
    public int LastNumber { get; set; }

    public long LastArrival { get; set; }

    public List<QueueTicket> Tickets { get; set; } = [];

    /// <summary>Operation id → index of the ticket it issued: a repeated request answers that ticket.</summary>
    public Dictionary<string, int> Issues { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Seconds from call to finish of the latest tickets desks finished with, oldest first.</summary>
    public List<double> ServiceSeconds { get; set; } = [];

    /// <summary>Ticket ids of the latest calls and recalls, latest first.</summary>
    public List<string> RecentCalls { get; set; } = [];

    public int Served { get; set; }
    public int NoShows { get; set; }

    public int WaitingCount => _waiting.Count;

    public QueueTicket? Head => _waiting.Count == 0 ? null : Tickets[_waiting.Min];

    public IEnumerable<QueueTicket> Waiting => _waiting.Select(i => Tickets[i]);

    public IEnumerable<QueueTicket> AtDesks => _atDesk.Values.Order().Select(i => Tickets[i]);

    public double? AverageServiceSeconds => ServiceSeconds.Count == 0 ? null : ServiceSeconds.Average();

    public QueueTicket? Find(string? ticketId) => ticketId is not null && _byId.TryGetValue(ticketId, out var i) ? Tickets[i] : null;

    public QueueTicket? IssuedBy(string operationId) => Issues.TryGetValue(operationId, out var i) ? Tickets[i] : null;

    public QueueTicket? CalledBy(string operationId) =>
        _byCall.TryGetValue(operationId, out var i) && Tickets[i].CallOperationId == operationId ? Tickets[i] : null;

    public QueueTicket? AtDesk(string deskId) => _atDesk.TryGetValue(deskId, out var i) ? Tickets[i] : null;

    /// <summary>Waiting tickets of this rank or higher: all of them go before a ticket of that rank that arrives now.</summary>
    public int WaitingAtOrAbove(int rank)
    {
        var count = 0;
        for (var r = Math.Clamp(rank, 0, Ranks - 1); r < Ranks; r++) count += _waitingByRank[r];
        return count;
    }

    /// <summary>How many waiting tickets will be called before this one; null when it is not waiting.</summary>
    public int? PeopleAhead(QueueTicket ticket)
    {
        if (ticket.Status != TicketStatus.Waiting || !_byId.TryGetValue(ticket.Id, out var index)) return null;
        return _waiting.GetViewBetween(_waiting.Min, index).Count - 1;
    }

    /// <summary>Desks that called from this line lately: they share its queue, so the wait divides among them.</summary>
    public int RecentDesks => Math.Max(1, RecentCalls.Select(Find).Select(t => t?.DeskId).Distinct().Count(d => d is not null));

    public void Apply(QueueCounterEvent @event)
    {
        switch (@event)
        {
            case TicketIssued e:
                LastNumber++;
                Issues[e.OperationId] = Enter(e.Ticket);
                break;
            case TicketTransferredIn e:
                Enter(e.Ticket);
                break;
            case TicketCalled e:
                var called = Update(e.TicketId, t => t with
                {
                    Status = TicketStatus.Called, DeskId = e.DeskId, DeskLabel = e.DeskLabel, CalledAt = e.At, Recalls = 0, CallOperationId = e.OperationId,
                });
                _atDesk[e.DeskId] = called;
                _byCall[e.OperationId] = called;
                Announce(e.TicketId);
                break;
            case TicketRecalled e:
                Update(e.TicketId, t => t with { CalledAt = e.At, Recalls = t.Recalls + 1 });
                Announce(e.TicketId);
                break;
            case TicketServed e:
                Finish(e.TicketId, TicketStatus.Served, e.At);
                Served++;
                break;
            case TicketMarkedNoShow e:
                Finish(e.TicketId, TicketStatus.NoShow, e.At);
                NoShows++;
                break;
            case TicketTransferredOut e:
                LeaveDesk(Update(e.TicketId, t => t with { Status = TicketStatus.Transferred, TransferredTo = e.ToLineId, FinishedAt = e.At }));
                break;
        }
    }

    public void OnDeserialized()
    {
        _byId.Clear();
        _byCall.Clear();
        _atDesk.Clear();
        _waiting.Clear();
        Array.Clear(_waitingByRank);
        for (var i = 0; i < Tickets.Count; i++) Index(i);
    }

    /// <summary>A ticket arrives (issued, or transferred in, possibly back to a line it left earlier).</summary>
    private int Enter(QueueTicket ticket)
    {
        LastArrival = Math.Max(LastArrival, ticket.Arrival);
        if (!_byId.TryGetValue(ticket.Id, out var index))
        {
            index = Tickets.Count;
            Tickets.Add(ticket);
        }
        else Tickets[index] = ticket;
        Index(index);
        return index;
    }

    private void Index(int index)
    {
        var ticket = Tickets[index];
        _byId[ticket.Id] = index;
        if (ticket.CallOperationId is { } call) _byCall[call] = index;
        switch (ticket.Status)
        {
            case TicketStatus.Waiting:
                _waiting.Add(index);
                _waitingByRank[Math.Clamp(ticket.PriorityRank, 0, Ranks - 1)]++;
                break;
            case TicketStatus.Called when ticket.DeskId is { } desk:
                _atDesk[desk] = index;
                break;
        }
    }

    private int Update(string ticketId, Func<QueueTicket, QueueTicket> change)
    {
        var index = _byId[ticketId];
        var before = Tickets[index];
        // Its place in the waiting order is read from the ticket: take it out before the ticket changes.
        if (before.Status == TicketStatus.Waiting && _waiting.Remove(index)) _waitingByRank[Math.Clamp(before.PriorityRank, 0, Ranks - 1)]--;
        Tickets[index] = change(before);
        return index;
    }

    private void Finish(string ticketId, TicketStatus status, DateTimeOffset at)
    {
        var index = Update(ticketId, t => t with { Status = status, FinishedAt = at });
        LeaveDesk(index);
        var ticket = Tickets[index];
        if (ticket.CalledAt is { } calledAt)
        {
            ServiceSeconds.Add(Math.Max(0, (at - calledAt).TotalSeconds));
            if (ServiceSeconds.Count > KeptServiceTimes) ServiceSeconds.RemoveAt(0);
        }
    }

    private void LeaveDesk(int index)
    {
        if (Tickets[index].DeskId is { } desk && _atDesk.GetValueOrDefault(desk, -1) == index) _atDesk.Remove(desk);
    }

    private void Announce(string ticketId)
    {
        RecentCalls.Remove(ticketId);
        RecentCalls.Insert(0, ticketId);
        if (RecentCalls.Count > KeptCalls) RecentCalls.RemoveAt(RecentCalls.Count - 1);
    }

    // Higher rank first; within a rank, first come. Arrival is unique in a counter, so no two tickets compare equal.
    private int CompareWaiting(int a, int b)
    {
        var (x, y) = (Tickets[a], Tickets[b]);
        return x.PriorityRank != y.PriorityRank ? y.PriorityRank.CompareTo(x.PriorityRank) : x.Arrival.CompareTo(y.Arrival);
    }
}
