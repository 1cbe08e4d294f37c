using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

/// <summary>
/// Gives out numbers for a branch's lines: finds the line and the branch's business date, checks a scanned booking,
/// then asks today's counter. Everything that involves another grain is done here, before the counter, so the
/// counter's turn is only its own state.
/// </summary>
public sealed class QueueIssuer(IGrainFactory grains, TimeProvider time)
{
    // A kiosk retries one press for seconds, its ledger remembers it for minutes: a repeat this soon after the
    // branch's midnight may be of a press that yesterday's counter answered.
    private static readonly TimeSpan AfterMidnight = TimeSpan.FromMinutes(15);

    // Nodes that each hold the line's counter race for its journal; a command that lost every re-run stored nothing.
    private const int ConcurrencyRetries = 5;

    public async Task<IssuedTicket> IssueAsync(string branchId, string lineId, TicketRequest request, string? bookingCode = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var branch = catalog.Branch(branchId);
        var setup = await grains.GetGrain<IQueueSetupGrain>(branchId).GetAsync();
        var line = setup.FindLine(lineId) ?? throw CommandRejectedException.NotFound("unknown-line",
            $"{branch.Name} has no queue line '{lineId}'.", new Dictionary<string, object?> { ["lineId"] = lineId });
        var local = BranchClock.ToLocal(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone));
        var today = DateOnly.FromDateTime(local.DateTime);
        var counter = Counter(branchId, lineId, today);
        if (local.TimeOfDay < AfterMidnight && request.OperationId is { Length: > 0 } operation
            && await Counter(branchId, lineId, today.AddDays(-1)).FindIssuedAsync(operation) is { } yesterdays)
            return new IssuedTicket(yesterdays, line, branch);
        if (!string.IsNullOrWhiteSpace(bookingCode))
        {
            // Checked once: a repeat of an issued request answers its ticket even if the booking changed since.
            if (request.OperationId is { Length: > 0 } && await counter.FindIssuedAsync(request.OperationId) is { } issued) return new IssuedTicket(issued, line, branch);
            request = request with { Booking = await QueueBookingCheck.CheckAsync(grains, catalog, branch, today, bookingCode) };
        }
        return new IssuedTicket(await IssueRetryingAsync(counter, request, line, branch.TimeZone), line, branch);
    }

    private static async Task<QueueTicket> IssueRetryingAsync(IQueueCounterGrain counter, TicketRequest request, QueueLine line, string zone)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await counter.IssueAsync(request, line, zone);
            }
            catch (GrainConcurrencyException) when (attempt <= ConcurrencyRetries)
            {
                // Out of step with the other nodes' turns, so they do not collide again at once.
                await Task.Delay(Random.Shared.Next(5, 25) * attempt);
            }
        }
    }

    private IQueueCounterGrain Counter(string branchId, string lineId, DateOnly date) =>
        grains.GetGrain<IQueueCounterGrain>(new QueueCounterKey(branchId, lineId, date).ToString());
}
