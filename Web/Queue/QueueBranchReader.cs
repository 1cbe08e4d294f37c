using Frontdesk.Grains;
using Frontdesk.Grains.Catalog;
using Frontdesk.Grains.Queue;
using Frontdesk.Silo;

namespace Frontdesk.Web.Queue;

/// <summary>Reads what the queue's screens show of a branch: the branch, its set-up, its kiosks, and each line's day.</summary>
public sealed class QueueBranchReader(IGrainFactory grains, TimeProvider time)
{
    public async Task<(BranchSummary Branch, QueueSetupView Setup)> SetupAsync(string branchId)
    {
        var catalog = await grains.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        var branch = catalog.Branch(branchId);
        var setup = await grains.GetGrain<IQueueSetupGrain>(branchId).GetAsync();
        return (new BranchSummary(branch.Id, branch.Name, branch.TimeZone), setup);
    }

    /// <summary>The branch's business date now, in its own zone.</summary>
    public DateOnly Today(BranchSummary branch) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(branch.TimeZone)).DateTime);

    public Task<KioskFleetView> KiosksAsync(string branchId) => grains.GetGrain<IKioskFleetGrain>(branchId).GetAsync();

    public Task<QueueCounterView> LineAsync(string branchId, string lineId, DateOnly date) =>
        grains.GetGrain<IQueueCounterGrain>(new QueueCounterKey(branchId, lineId, date).ToString()).GetViewAsync();

    public async Task<QueueBoard> BoardAsync(string branchId, DateOnly date)
    {
        var (branch, setup) = await SetupAsync(branchId);
        var kiosks = KiosksAsync(branchId);
        var lines = await Task.WhenAll(setup.Lines.Select(l => LineAsync(branchId, l.Id, date)));
        return new QueueBoard(branch, date, setup, await kiosks, lines);
    }

    /// <summary>A ticket as one counter on its way holds it (the last one it reached is where it is now).</summary>
    public async Task<TicketStatusResponse> TicketAsync(QueueCounterKey counter, string ticketId)
    {
        var progress = await grains.GetGrain<IQueueCounterGrain>(counter.ToString()).GetProgressAsync(ticketId);
        var (branch, setup) = await SetupAsync(counter.BranchId);
        return new TicketStatusResponse(progress.Ticket, setup.FindLine(counter.LineId)?.Name ?? counter.LineId, branch,
            progress.PeopleAhead, progress.EstimatedWaitMinutes, progress.CounterVersion);
    }
}
