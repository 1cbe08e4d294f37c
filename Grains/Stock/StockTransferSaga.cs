using Frontdesk.Grains.Sagas;
using Microsoft.Extensions.Logging;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// Moves stock between bins: take it out of the source, then put it into the target, each step durable before the
/// next and idempotent by the transfer id in the bin itself. A crash between the steps leaves the quantity in transit
/// on this saga, and the reminder (or the caller's retry) puts it in; a refused put-in gives it back to the source.
/// So the two bins' total is the same before and after, whatever happens in between.
/// </summary>
[GrainType("stock-transfer-saga")]
public sealed class StockTransferSaga(ISagaFaults faults, ILogger<StockTransferSaga> logger)
    : JournaledGrain<TransferSagaState, TransferEvent>, IStockTransferSaga, IRemindable
{
    private const string Resume = "resume";
    private static readonly TimeSpan ResumeAfter = TimeSpan.FromSeconds(30);

    public Task<StockTransferView> GetAsync() => Task.FromResult(View());

    public async Task<StockTransferView> RunAsync(StockTransferRequest request)
    {
        switch (State.Status)
        {
            case SagaStatus.Completed: return View();
            case SagaStatus.Failed: throw new CommandRejectedException(State.Refusal!.Kind, State.Refusal.Code, State.Refusal.Message);
            case SagaStatus.Running: return await ContinueAsync();
        }
        Check(request);
        RaiseEvent(new TransferStarted(request));
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await ConfirmEvents();
        return await ContinueAsync();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (State.Status != SagaStatus.Running) return;
        // Registered again first: should this attempt fail too, the next one is already due.
        await RegisterOrUpdateReminder(Resume, ResumeAfter, TimeSpan.Zero);
        await SagaResumption.TryContinueAsync(ContinueAsync, logger, GetPrimaryKeyString());
    }

    private async Task<StockTransferView> ContinueAsync()
    {
        var id = GetPrimaryKeyString();
        var request = State.Request!;
        var source = Bin(request.FromBin);
        if (State.Out is null)
        {
            await faults.BeforeStepAsync(id, "take-out");
            try
            {
                RaiseEvent(new TransferTakenOut(await source.TransferOutAsync(id, request.Quantity, request.ToBin)));
                await ConfirmEvents();
            }
            catch (CommandRejectedException ex)
            {
                await RefuseAsync(ex);
                throw;
            }
        }
        await faults.BeforeStepAsync(id, "put-in");
        StockMovement arrived;
        try
        {
            var value = State.Out!.Value;
            arrived = await Bin(request.ToBin).TransferInAsync(id, request.Quantity, value with { Minor = -value.Minor }, request.FromBin);
        }
        catch (CommandRejectedException ex)
        {
            await source.ReturnTransferAsync(id);
            await RefuseAsync(ex);
            throw;
        }
        RaiseEvent(new TransferCompleted(arrived));
        await UnregisterReminder(Resume);
        await ConfirmEvents();
        return View();
    }

    private async Task RefuseAsync(CommandRejectedException ex)
    {
        RaiseEvent(new TransferRefused(ex.Code, ex.Message, ex.Kind));
        await UnregisterReminder(Resume);
        await ConfirmEvents();
    }

    private static void Check(StockTransferRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new Problems();
        if (!StockBinKey.TryParse(request.FromBin, out var from)) problems.Add("fromBin", "must be branch/warehouse/item");
        if (!StockBinKey.TryParse(request.ToBin, out var to)) problems.Add("toBin", "must be branch/warehouse/item");
        if (request.Quantity <= 0) problems.Add("quantity", "must be more than zero");
        if (from != default && to != default)
        {
            if (from.ItemId != to.ItemId) problems.Add("toBin", $"holds '{to.ItemId}', not '{from.ItemId}': a transfer moves one item");
            if (from == to) problems.Add("toBin", "is the source bin");
        }
        problems.ThrowIfAny("invalid-transfer", "transfer");
    }

    private IStockBinGrain Bin(string key) => GrainFactory.GetGrain<IStockBinGrain>(key);

    private StockTransferView View() => new(GetPrimaryKeyString(), State.Status, State.Request, [.. State.Steps], State.Refusal?.Code, State.Refusal?.Message);
}
