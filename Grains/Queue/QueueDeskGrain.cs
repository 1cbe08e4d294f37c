using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// A desk's presses, one at a time. It keeps no state: each press reads the set-up and asks today's counters of the
/// desk's lines, which are the truth about which ticket is where. To call next it compares the lines' heads and asks
/// the best line to call its head only if that still beats the runner-up; the counter's turn decides, so two desks
/// pressing at once never get one ticket, and a desk that lost the race looks again.
/// </summary>
[GrainType("queue-desk")]
public sealed class QueueDeskGrain(TimeProvider time) : Grain, IQueueDeskGrain
{
    // After this many lost races the desk takes the best line's head without comparing again, so a press always ends.
    private const int ComparedAttempts = 8;
    private const int MaxAttempts = 2 * ComparedAttempts;

    private QueueDeskKey _key;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!QueueDeskKey.TryParse(GetPrimaryKeyString(), out _key))
            throw CommandRejectedException.Invalid("invalid-desk-key", $"'{GetPrimaryKeyString()}' is not a desk (branch/desk).");
        return Task.CompletedTask;
    }

    public async Task<QueueTicket?> GetCurrentAsync()
    {
        var (desk, date, _) = await ContextAsync();
        return await CurrentAsync(desk, date);
    }

    public async Task<QueueTicket?> CallNextAsync(string operationId)
    {
        if (string.IsNullOrWhiteSpace(operationId) || operationId.Length > 200)
            throw CommandRejectedException.Invalid("invalid-desk-call", "A call carries an operation id of 1 to 200 characters.");
        var (desk, date, _) = await ContextAsync();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var glances = await Task.WhenAll(desk.LineIds.Select(line => Counter(line, date).GlanceAsync(desk.Id)));
            if (glances.Select(g => g.AtDesk).FirstOrDefault(t => t is not null) is { } current)
                return current.CallOperationId == operationId ? current : throw QueueRefusals.DeskBusy(desk.Id, current);
            if (desk.Paused)
                throw CommandRejectedException.Conflict("desk-paused", $"Desk {desk.Label} is paused: resume it to call the next client.",
                    new Dictionary<string, object?> { ["deskId"] = desk.Id });
            var heads = glances.Select(g => g.Head).OfType<QueueHead>().ToList();
            if (heads.Count == 0) return null;
            heads.Sort((a, b) => a.GoesBefore(b) ? -1 : b.GoesBefore(a) ? 1 : 0);
            var rival = attempt <= ComparedAttempts && heads.Count > 1 ? heads[1] : null;
            if (await Counter(heads[0].LineId, date).CallNextAsync(new DeskCall(desk.Id, desk.Label, operationId, rival)) is { } called) return called;
        }
        return null;
    }

    public Task<QueueTicket> RecallAsync(string ticketId) =>
        ActAsync(ticketId, finished: null, (counter, desk, _) => counter.RecallAsync(ticketId, desk.Id));

    public Task<QueueTicket> SkipAsync(string ticketId) =>
        ActAsync(ticketId, TicketStatus.NoShow, (counter, desk, setup) => counter.SkipAsync(ticketId, desk.Id, setup.RecallsBeforeNoShow));

    public Task<QueueTicket> ServeAsync(string ticketId) =>
        ActAsync(ticketId, TicketStatus.Served, (counter, desk, _) => counter.ServeAsync(ticketId, desk.Id));

    public async Task<QueueTicket> TransferAsync(string ticketId, string toLineId)
    {
        var (desk, date, setup) = await ContextAsync();
        if (setup.FindLine(toLineId) is null)
            throw CommandRejectedException.NotFound("unknown-line", $"There is no line '{toLineId}' at this branch.", new Dictionary<string, object?> { ["lineId"] = toLineId });
        var current = await CurrentAsync(desk, date);
        if (current?.Id != ticketId)
        {
            // A repeat of a transfer that went through: the ticket is in that line now, having come from a line of this desk's.
            var located = await TicketLocator.FindAsync(GrainFactory, ticketId);
            if (located.Counter.LineId == toLineId && located.Progress.Ticket.TransferredFrom is not null) return located.Progress.Ticket;
            throw QueueRefusals.NotAtDesk(located.Progress.Ticket, desk.Id);
        }
        if (current.LineId == toLineId)
            throw CommandRejectedException.Invalid("same-line", $"{current.Number} is in line '{toLineId}' already.", new Dictionary<string, object?> { ["lineId"] = toLineId });
        // The other line takes it before this one lets it go: a transfer cut short leaves it in both, never in neither, and a repeat finishes it.
        var accepted = await Counter(toLineId, date).AcceptTransferAsync(current);
        await Counter(current.LineId, date).ReleaseTransferAsync(ticketId, desk.Id, toLineId);
        return accepted;
    }

    /// <summary>Acts on the desk's current ticket; a repeat of a press that already finished it answers the ticket as it is.</summary>
    private async Task<QueueTicket> ActAsync(string ticketId, TicketStatus? finished,
        Func<IQueueCounterGrain, QueueDesk, QueueSetupView, Task<QueueTicket>> act)
    {
        var (desk, date, setup) = await ContextAsync();
        if (await CurrentAsync(desk, date) is { } current && current.Id == ticketId) return await act(Counter(current.LineId, date), desk, setup);
        var located = (await TicketLocator.FindAsync(GrainFactory, ticketId)).Progress.Ticket;
        if (finished is { } status && located.Status == status && located.DeskId == desk.Id) return located;
        throw QueueRefusals.NotAtDesk(located, desk.Id);
    }

    private async Task<QueueTicket?> CurrentAsync(QueueDesk desk, DateOnly date)
    {
        var atDesk = await Task.WhenAll(desk.LineIds.Select(line => Counter(line, date).AtDeskAsync(desk.Id)));
        return atDesk.FirstOrDefault(t => t is not null);
    }

    private async Task<(QueueDesk Desk, DateOnly Today, QueueSetupView Setup)> ContextAsync()
    {
        var reading = GrainFactory.GetGrain<IQueueSetupGrain>(_key.BranchId).GetAsync();
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var setup = await reading;
        var desk = setup.FindDesk(_key.DeskId) ?? throw CommandRejectedException.NotFound("unknown-desk",
            $"There is no desk '{_key.DeskId}' at branch '{_key.BranchId}'.", new Dictionary<string, object?> { ["deskId"] = _key.DeskId });
        return (desk, BranchClock.Today(time.GetUtcNow(), catalog.TimeZoneOf(_key.BranchId)), setup);
    }

    private IQueueCounterGrain Counter(string lineId, DateOnly date) =>
        GrainFactory.GetGrain<IQueueCounterGrain>(new QueueCounterKey(_key.BranchId, lineId, date).ToString());
}
