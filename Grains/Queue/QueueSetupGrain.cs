using Frontdesk.Grains.Catalog;

namespace Frontdesk.Grains.Queue;

[GrainType("queue-setup")]
public sealed class QueueSetupGrain : JournaledGrain<QueueSetupState, QueueSetupEvent>, IQueueSetupGrain
{
    public Task<QueueSetupView> GetAsync() => Task.FromResult(View());

    public async Task<QueueSetupView> UpsertLineAsync(QueueLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        await RequireBranchAsync();
        var checkedLine = QueueSetupRules.Check(line, State);
        if (State.Lines.FirstOrDefault(l => l.Id == checkedLine.Id) is { } same && Same(same, checkedLine)) return View();
        RaiseEvent(new QueueLineUpserted(checkedLine));
        return View();
    }

    public async Task<QueueSetupView> UpsertDeskAsync(QueueDesk desk)
    {
        ArgumentNullException.ThrowIfNull(desk);
        await RequireBranchAsync();
        // Pausing is the desk's own business (SetDeskPausedAsync): a set-up change does not end a break.
        var checkedDesk = QueueSetupRules.Check(desk, State) with { Paused = State.Desks.FirstOrDefault(d => d.Id == desk.Id)?.Paused ?? false };
        if (State.Desks.FirstOrDefault(d => d.Id == checkedDesk.Id) is { } same && same.Label == checkedDesk.Label && same.LineIds.SequenceEqual(checkedDesk.LineIds))
            return View();
        RaiseEvent(new QueueDeskUpserted(checkedDesk));
        return View();
    }

    public Task<QueueSetupView> SetDeskPausedAsync(string deskId, bool paused)
    {
        var desk = State.Desks.FirstOrDefault(d => d.Id == deskId) ?? throw CommandRejectedException.NotFound("unknown-desk",
            $"There is no desk '{deskId}' at this branch.", new Dictionary<string, object?> { ["deskId"] = deskId });
        if (desk.Paused != paused) RaiseEvent(new QueueDeskPaused(desk.Id, paused));
        return Task.FromResult(View());
    }

    public Task<QueueSetupView> SetRecallsBeforeNoShowAsync(int recalls)
    {
        QueueSetupRules.CheckRecalls(recalls);
        if (recalls != State.RecallsBeforeNoShow) RaiseEvent(new NoShowRuleSet(recalls));
        return Task.FromResult(View());
    }

    private async Task RequireBranchAsync()
    {
        var catalog = await GrainFactory.GetGrain<ICatalogGrain>(Chain.Key).GetAsync();
        catalog.Branch(GetPrimaryKeyString());
    }

    private static bool Same(QueueLine a, QueueLine b) =>
        a.Prefix == b.Prefix && a.Name == b.Name && a.Priorities.SequenceEqual(b.Priorities);

    private QueueSetupView View() =>
        new(GetPrimaryKeyString(), TentativeVersion, [.. State.Lines], [.. State.Desks], State.RecallsBeforeNoShow);
}
