using System.Globalization;
using System.Numerics;
using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Common;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// One line's business day. Its turns touch nothing but its own state (no other grain, no ConfirmEvents), so the
/// issues that queue behind a turn all go to the journal in one append: that is what lets one hot line give out
/// thousands of numbers a second, each exactly once, with no gap.
/// </summary>
[GrainType("queue-counter")]
public sealed class QueueCounterGrain(TimeProvider time) : JournaledGrain<QueueCounterState, QueueCounterEvent>, IQueueCounterGrain
{
    // A ticket's view, not the whole day of tickets: the day grows with every issue.
    protected override string? AuditSubject(QueueCounterEvent @event) => AuditSubjects.Ticket(@event switch
    {
        TicketIssued e => e.Ticket.Id,
        TicketTransferredIn e => e.Ticket.Id,
        TicketCalled e => e.TicketId,
        TicketRecalled e => e.TicketId,
        TicketServed e => e.TicketId,
        TicketMarkedNoShow e => e.TicketId,
        TicketTransferredOut e => e.TicketId,
        _ => GetPrimaryKeyString(),
    });

    protected override object? AuditView(string subject) => State.Find(AuditSubjects.IdOf(subject));

    // Screens show the next few; every push carries them to every screen, so a long queue is counted, not listed.
    private const int ShownWaiting = 30;

    private QueueCounterKey _key;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!QueueCounterKey.TryParse(GetPrimaryKeyString(), out _key))
            throw CommandRejectedException.Invalid("invalid-counter-key", $"'{GetPrimaryKeyString()}' is not a queue counter (branch/line/yyyy-MM-dd).");
        return Task.CompletedTask;
    }

    public Task<QueueTicket> IssueAsync(TicketRequest request, QueueLine line, string zone)
    {
        QueueRequestRules.Check(request);
        if (State.IssuedBy(request.OperationId) is { } done) return Task.FromResult(done);
        if (line is null || line.Id != _key.LineId)
            throw CommandRejectedException.Invalid("wrong-line", $"Counter {_key} issues for line '{_key.LineId}', not '{line?.Id}'.");
        var now = Now;
        var today = BranchClock.Today(now, TimeZoneInfo.FindSystemTimeZoneById(zone));
        if (today != _key.Date)
            throw CommandRejectedException.Conflict("not-today", $"The queue of {_key.Date:yyyy-MM-dd} is closed; it is {today:yyyy-MM-dd} at the branch.",
                new Dictionary<string, object?> { ["date"] = _key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        var priority = QueueRequestRules.Priority(line, request);
        var number = State.LastNumber + 1;
        var ahead = State.WaitingAtOrAbove(priority.Rank);
        var ticket = new QueueTicket(
            new QueueTicketId(_key, number, RandomIds.Secret(8)).ToString(), $"{line.Prefix}-{number:000}", _key.BranchId, _key.LineId, _key.Date,
            request.Source, priority.Id, priority.Rank, now, now, State.LastArrival + 1, TicketStatus.Waiting, ahead, EstimateMinutes(ahead),
            KioskId: request.KioskId, Booking: request.Booking);
        RaiseEvent(new TicketIssued(ticket, request.OperationId));
        return Task.FromResult(ticket);
    }

    public Task<QueueTicket?> FindIssuedAsync(string operationId) => Task.FromResult(State.IssuedBy(operationId));

    public Task<QueueCounterView> GetViewAsync() => Task.FromResult(new QueueCounterView(
        _key.ToString(), _key.BranchId, _key.LineId, _key.Date, TentativeVersion, State.LastNumber, State.WaitingCount,
        [.. State.Waiting.Take(ShownWaiting).Select(t => new WaitingTicket(t.Id, t.Number, t.PriorityClassId, t.PriorityRank, t.QueuedAt, t.Booking?.Number))],
        [.. State.AtDesks.Select(Call)],
        [.. State.RecentCalls.Select(State.Find).OfType<QueueTicket>().Select(Call)],
        State.Served, State.NoShows, State.AverageServiceSeconds));

    public Task<IReadOnlyList<QueueTicket>> GetTicketsAsync() => Task.FromResult<IReadOnlyList<QueueTicket>>([.. State.Tickets]);

    public Task<TicketProgress> GetProgressAsync(string ticketId)
    {
        var ticket = Find(ticketId);
        var ahead = State.PeopleAhead(ticket);
        return Task.FromResult(new TicketProgress(ticket, TentativeVersion, ahead, ahead is { } n ? EstimateMinutes(n) : null));
    }

    public Task<QueueHead?> PeekAsync() => Task.FromResult(State.Head is { } head ? Head(head) : null);

    public Task<QueueTicket?> CallNextAsync(DeskCall call)
    {
        QueueRequestRules.Check(call);
        if (State.CalledBy(call.OperationId) is { } done) return Task.FromResult<QueueTicket?>(done);
        if (State.AtDesk(call.DeskId) is { } busy) throw QueueRefusals.DeskBusy(call.DeskId, busy);
        if (State.Head is not { } head) return Task.FromResult<QueueTicket?>(null);
        // The desk compared this line's head with another line's a moment ago; if that changed, it looks again.
        if (call.MustBeat is { } rival && !Head(head).GoesBefore(rival)) return Task.FromResult<QueueTicket?>(null);
        RaiseEvent(new TicketCalled(head.Id, call.DeskId, call.DeskLabel, Now, call.OperationId));
        return Task.FromResult(State.Find(head.Id));
    }

    public Task<QueueTicket?> AtDeskAsync(string deskId) => Task.FromResult(State.AtDesk(deskId));

    public Task<QueueGlance> GlanceAsync(string deskId) =>
        Task.FromResult(new QueueGlance(State.AtDesk(deskId), State.Head is { } head ? Head(head) : null));

    public Task<QueueTicket> RecallAsync(string ticketId, string deskId)
    {
        var ticket = AtDesk(ticketId, deskId);
        RaiseEvent(new TicketRecalled(ticket.Id, Now));
        return Task.FromResult(Find(ticketId));
    }

    public Task<QueueTicket> SkipAsync(string ticketId, string deskId, int recallsNeeded)
    {
        if (Finished(ticketId, deskId, TicketStatus.NoShow) is { } done) return Task.FromResult(done);
        var ticket = AtDesk(ticketId, deskId);
        if (ticket.Recalls < recallsNeeded)
            throw CommandRejectedException.Conflict("too-few-recalls",
                $"{ticket.Number} was recalled {ticket.Recalls} of the {recallsNeeded} times the branch asks before a no-show.",
                new Dictionary<string, object?> { ["recalls"] = ticket.Recalls, ["recallsNeeded"] = recallsNeeded });
        RaiseEvent(new TicketMarkedNoShow(ticket.Id, Now));
        return Task.FromResult(Find(ticketId));
    }

    public Task<QueueTicket> ServeAsync(string ticketId, string deskId)
    {
        if (Finished(ticketId, deskId, TicketStatus.Served) is { } done) return Task.FromResult(done);
        var ticket = AtDesk(ticketId, deskId);
        RaiseEvent(new TicketServed(ticket.Id, Now));
        return Task.FromResult(Find(ticketId));
    }

    public Task<QueueTicket> AcceptTransferAsync(QueueTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        // Already here and not gone again: a repeat of this transfer. Gone again (transferred back): it arrives anew.
        if (State.Find(ticket.Id) is { Status: not TicketStatus.Transferred } here) return Task.FromResult(here);
        if (ticket.BranchId != _key.BranchId || ticket.Date != _key.Date)
            throw CommandRejectedException.Conflict("wrong-day", $"{ticket.Number} belongs to {ticket.BranchId} on {ticket.Date:yyyy-MM-dd}, not to {_key}.");
        var now = Now;
        RaiseEvent(new TicketTransferredIn(ticket with
        {
            LineId = _key.LineId, Status = TicketStatus.Waiting, QueuedAt = now, Arrival = State.LastArrival + 1, TransferredFrom = ticket.LineId,
            TransferredTo = null, DeskId = null, DeskLabel = null, CalledAt = null, Recalls = 0, FinishedAt = null, CallOperationId = null,
        }));
        return Task.FromResult(Find(ticket.Id));
    }

    public Task<QueueTicket> ReleaseTransferAsync(string ticketId, string deskId, string toLineId)
    {
        if (State.Find(ticketId) is { Status: TicketStatus.Transferred } gone && gone.TransferredTo == toLineId) return Task.FromResult(gone);
        var ticket = AtDesk(ticketId, deskId);
        RaiseEvent(new TicketTransferredOut(ticket.Id, toLineId, Now));
        return Task.FromResult(Find(ticketId));
    }

    /// <summary>
    /// Each snapshot writes the whole day, which grows with every ticket: taken at SnapshotEvery × 1, 2, 4, 8… versions,
    /// their total cost stays in proportion to the day, and what is replayed after the last one is never longer than what it holds.
    /// </summary>
    protected override bool IsSnapshotDue(long firstVersion, long lastVersion, int snapshotEvery) =>
        snapshotEvery > 0 && Doublings(lastVersion / snapshotEvery) > Doublings((firstVersion - 1) / snapshotEvery);

    private static int Doublings(long multiples) => multiples <= 0 ? -1 : BitOperations.Log2((ulong)multiples);

    /// <summary>Minutes until a ticket with this many before it is called, from how long desks took lately; null before there is a figure.</summary>
    private int? EstimateMinutes(int ahead) =>
        State.AverageServiceSeconds is { } seconds ? (int)Math.Ceiling(ahead * seconds / State.RecentDesks / 60) : null;

    private QueueHead Head(QueueTicket ticket) => new(_key.LineId, ticket.Id, ticket.PriorityRank, ticket.QueuedAt, ticket.Arrival);

    private static TicketCall Call(QueueTicket t) => new(t.Id, t.Number, t.LineId, t.DeskId!, t.DeskLabel!, t.CalledAt!.Value, t.Recalls, t.Status);

    private QueueTicket Find(string ticketId) => State.Find(ticketId) ?? throw QueueRefusals.UnknownTicket(ticketId);

    /// <summary>The ticket as this desk already finished it, for a repeated press; null when it is not.</summary>
    private QueueTicket? Finished(string ticketId, string deskId, TicketStatus status) =>
        State.Find(ticketId) is { } t && t.Status == status && t.DeskId == deskId ? t : null;

    private QueueTicket AtDesk(string ticketId, string deskId)
    {
        var ticket = Find(ticketId);
        if (ticket.Status != TicketStatus.Called || ticket.DeskId != deskId) throw QueueRefusals.NotAtDesk(ticket, deskId);
        return ticket;
    }

    private DateTimeOffset Now => time.GetUtcNow();
}
