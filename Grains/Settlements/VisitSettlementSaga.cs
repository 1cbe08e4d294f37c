using Frontdesk.Grains.Sagas;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// Settles a visit. The document (lines, discounts, payment split, commissions) is fixed and made durable first; then
/// each step runs, idempotent by the visit's operation id, and is recorded before the next, so a crash anywhere is
/// resumed (by the caller's retry or the reminder) to the same end. A refused step undoes the steps before it; a void
/// undoes them all, in reverse.
/// </summary>
[GrainType("visit-settlement")]
public sealed class VisitSettlementSaga(ISagaFaults faults, SettlementSteps steps, SettlementDrafts drafts, TimeProvider time,
    ILogger<VisitSettlementSaga> logger)
    : JournaledGrain<SettlementState, SettlementEvent>, IVisitSettlementSaga, IRemindable
{
    private const string Resume = "resume";
    private static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    /// <summary>The id the wallet, packs, stock and desk know this attempt by: a failed attempt's entries stay reversed, the next has its own.</summary>
    private string OperationId => State.Attempt <= 1 ? GetPrimaryKeyString() : $"{GetPrimaryKeyString()}#{State.Attempt}";

    public Task<SettlementView> GetAsync() => Task.FromResult(View());

    public async Task<SettlementDocument> SettleAsync(SettlementRequest request)
    {
        // A failed or voided settlement undid everything: settling again starts a new attempt.
        switch (State.Status)
        {
            case SettlementStatus.Settled: return State.Document!;
            case SettlementStatus.Running when State.Voiding:
                throw CommandRejectedException.Conflict("settlement-voiding", $"Visit {GetPrimaryKeyString()} is being voided.");
            case SettlementStatus.Running: return await ContinueAsync();
        }
        var document = await drafts.DraftAsync(GetPrimaryKeyString(), request);
        RaiseEvent(new SettlementStarted(document));
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await ConfirmEvents();
        return await ContinueAsync();
    }

    public Task<SettlementDocument> PreviewAsync(SettlementRequest request) => drafts.DraftAsync(GetPrimaryKeyString(), request);

    public async Task<SettlementView> VoidAsync(VoidApproval approval)
    {
        if (State.Status == SettlementStatus.Voided) return View();
        if (State.Status != SettlementStatus.Settled)
            throw CommandRejectedException.Conflict("not-settled", $"Visit {GetPrimaryKeyString()} is {State.Status}: only a settled visit is voided.");
        if (!State.Voiding)
        {
            var problems = new Problems();
            problems.Text("supervisorId", approval.SupervisorId, 100);
            problems.Text("reason", approval.Reason, 500);
            problems.ThrowIfAny("invalid-void", "void approval");
            await steps.CheckDayOpenAsync(State.Document!);
            RaiseEvent(new VoidStarted(approval with { SupervisorId = approval.SupervisorId.Trim(), Reason = approval.Reason.Trim() }, time.GetUtcNow()));
            await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
            await ConfirmEvents();
        }
        await UndoAllAsync(State.Document!, $"void: {State.Void!.Reason}", record: true);
        RaiseEvent(new SettlementVoided(time.GetUtcNow()));
        await UnregisterReminder(Resume);
        return View();
    }

    public Task<int> LogReprintAsync(string by)
    {
        if (State.Status is not (SettlementStatus.Settled or SettlementStatus.Voided))
            throw CommandRejectedException.Conflict("not-settled", $"Visit {GetPrimaryKeyString()} has no act to reprint.");
        if (string.IsNullOrWhiteSpace(by) || by.Length > 100) throw CommandRejectedException.Invalid("invalid-reprint", "A reprint names who printed it.");
        RaiseEvent(new ReprintLogged(by.Trim(), time.GetUtcNow()));
        return Task.FromResult(State.Reprints.Count);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Status != SettlementStatus.Running) return;
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        try
        {
            if (State.Voiding) await VoidAsync(State.Void!);
            else await ContinueAsync();
        }
        catch (CommandRejectedException)
        {
            // A refused step is recorded as the settlement's failure; nobody is waiting for it here.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Settlement {Visit} could not resume yet", GetPrimaryKeyString());
        }
    }

    private async Task<SettlementDocument> ContinueAsync()
    {
        var document = State.Document!;
        foreach (var step in SettlementSteps.Names)
        {
            if (State.Done.Contains(step)) continue;
            await faults.BeforeStepAsync(GetPrimaryKeyString(), step);
            try
            {
                await steps.DoAsync(step, document, OperationId);
            }
            catch (CommandRejectedException ex)
            {
                // The refused step may have done part of its work (the first of two packs): it is undone with the steps before it.
                await UndoAllAsync(document, $"settlement refused: {ex.Message}", record: false, alsoUndo: step);
                RaiseEvent(new SettlementFailed(ex.Code, ex.Message, ex.Kind.ToString()));
                await UnregisterReminder(Resume);
                await ConfirmEvents();
                throw;
            }
            // Between the step's effect and its record: a crash here is the case idempotent steps exist for.
            await faults.BeforeStepAsync(GetPrimaryKeyString(), $"after-{step}");
            RaiseEvent(new SettlementStepDone(step));
            await ConfirmEvents();
        }
        RaiseEvent(new SettlementCompleted(time.GetUtcNow()));
        await UnregisterReminder(Resume);
        return document;
    }

    /// <summary>Undoes the steps done, last first; with <paramref name="record"/> each undo is recorded so a resumed void repeats none.</summary>
    private async Task UndoAllAsync(SettlementDocument document, string reason, bool record, string? alsoUndo = null)
    {
        foreach (var step in SettlementSteps.Names.Reverse())
        {
            if (!(State.Done.Contains(step) || step == alsoUndo) || State.Undone.Contains(step)) continue;
            await steps.UndoAsync(step, document, OperationId, reason, refused: step == alsoUndo);
            if (record)
            {
                RaiseEvent(new VoidStepDone(step));
                await ConfirmEvents();
            }
        }
    }

    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<SettlementEvent> events)
    {
        if (!events.Any(e => e is SettlementCompleted or SettlementVoided) || State.Document is not { } d) yield break;
        var settled = State.Status == SettlementStatus.Settled;
        yield return new IndexEntry(SettlementIndexes.Settlements, d.VisitId, $"{d.BranchId}|{d.BusinessDate:yyyy-MM-dd}|{d.DeskId}|{d.VisitId}", settled ? d : null);
        for (var i = 0; i < d.Commissions.Count; i++)
        {
            var c = d.Commissions[i];
            yield return new IndexEntry(SettlementIndexes.Commissions, $"{d.VisitId}|{i}", $"{c.PersonId}|{d.BusinessDate:yyyy-MM-dd}|{d.VisitId}",
                settled ? new CommissionEarned(d.VisitId, d.BranchId, d.BusinessDate, d.Currency, c) : null);
        }
    }

    private SettlementView View() => new(GetPrimaryKeyString(), State.Status, State.Document, [.. State.Steps], State.Failure?.Code,
        State.Failure?.Message, State.Void?.SupervisorId, State.Void?.Reason, State.Reprints.Count);
}
