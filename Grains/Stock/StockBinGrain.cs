namespace Frontdesk.Grains.Stock;

/// <summary>
/// One item in one warehouse. Its turns touch nothing but its own state (no other grain, no ConfirmEvents): the
/// commands queued behind a turn are stored in one append, and a node that lost the append race re-runs them on the
/// fresh state, so the check "is there enough" is always made against what the journal holds.
/// </summary>
[GrainType("stock-bin")]
public sealed class StockBinGrain(TimeProvider time) : JournaledGrain<StockBinState, StockBinEvent>, IStockBinGrain
{
    private StockBinKey _key;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = StockBinKey.Parse(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<StockBinView> GetAsync() => Task.FromResult(View());

    // The bin's movements grow with every one; its view (quantity, value, threshold, count of movements) is what changed.
    protected override object? AuditView(string subject) => View();

    public Task<IReadOnlyList<StockMovement>> GetMovementsAsync(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult<IReadOnlyList<StockMovement>>([.. State.Movements.Where(m => m.At >= from && m.At < to)]);

    public Task<StockMovement> ReceiveAsync(StockReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        if (State.Done(receipt.OperationId) is { } done) return Task.FromResult(done);
        var problems = new Problems();
        Positive(problems, "quantity", receipt.Quantity);
        if (receipt.Cost.Minor < 0) problems.Add("cost", "cannot be negative");
        problems.Text("supplier", receipt.Supplier, 200);
        problems.MaxLength("document", receipt.Document, 100);
        problems.ThrowIfAny("invalid-receipt", "delivery");
        SameCurrency(receipt.Cost);
        return Move(receipt.OperationId, MovementKind.Received, receipt.Quantity, receipt.Cost,
            receipt.Document is null ? receipt.Supplier : $"{receipt.Supplier}, {receipt.Document}");
    }

    public Task<StockMovement> ConsumeForVisitAsync(string visitId, decimal quantity)
    {
        Text(visitId, "visitId");
        if (State.VisitHolds.TryGetValue(visitId, out var held)) return Task.FromResult(State.Movements[held]);
        TakeOut(quantity, "consumption");
        var round = State.VisitRounds.GetValueOrDefault(visitId) + 1;
        return Move($"visit:{visitId}:{round}", MovementKind.ConsumedForVisit, -quantity, Share(quantity), visitId);
    }

    public Task<StockMovement?> ReturnForVisitAsync(string visitId)
    {
        Text(visitId, "visitId");
        if (!State.VisitHolds.TryGetValue(visitId, out var held)) return Task.FromResult<StockMovement?>(null);
        var taken = State.Movements[held];
        return Task.FromResult<StockMovement?>(Record($"visit-return:{taken.OperationId}", MovementKind.ReturnedFromVisit, -taken.Quantity, Negate(taken.Value), visitId));
    }

    public Task<StockMovement> SellAsync(string operationId, decimal quantity, string? note = null)
    {
        Text(operationId, "operationId");
        if (State.Done(operationId) is { } done) return Task.FromResult(done);
        TakeOut(quantity, "sale");
        return Move(operationId, MovementKind.Sold, -quantity, Share(quantity), note);
    }

    public Task<StockMovement> CountAsync(string operationId, decimal counted, StockItem item)
    {
        Text(operationId, "operationId");
        ArgumentNullException.ThrowIfNull(item);
        if (State.Done(operationId) is { } done) return Task.FromResult(done);
        if (counted < 0) throw CommandRejectedException.Invalid("invalid-count", "A counted quantity cannot be negative.", new Dictionary<string, object?> { ["field"] = "counted" });
        var adjustment = counted - State.Quantity;
        var value = adjustment <= 0 ? Share(-adjustment) : SurplusValue(adjustment, item);
        return Move(operationId, MovementKind.Counted, adjustment, value, $"counted {counted:0.###}");
    }

    public Task<StockMovement> TransferOutAsync(string transferId, decimal quantity, string toBin)
    {
        Text(transferId, "transferId");
        if (State.Done($"transfer-out:{transferId}") is { } done) return Task.FromResult(done);
        TakeOut(quantity, "transfer");
        return Move($"transfer-out:{transferId}", MovementKind.TransferredOut, -quantity, Share(quantity), $"{transferId} → {toBin}");
    }

    public Task<StockMovement> TransferInAsync(string transferId, decimal quantity, Money value, string fromBin)
    {
        Text(transferId, "transferId");
        if (State.Done($"transfer-in:{transferId}") is { } done) return Task.FromResult(done);
        var problems = new Problems();
        Positive(problems, "quantity", quantity);
        problems.ThrowIfAny("invalid-transfer", "transfer");
        SameCurrency(value);
        return Move($"transfer-in:{transferId}", MovementKind.TransferredIn, quantity, value, $"{transferId} ← {fromBin}");
    }

    public Task<StockMovement?> ReturnTransferAsync(string transferId)
    {
        Text(transferId, "transferId");
        if (State.Done($"transfer-back:{transferId}") is { } back) return Task.FromResult<StockMovement?>(back);
        if (State.Done($"transfer-out:{transferId}") is not { } taken) return Task.FromResult<StockMovement?>(null);
        return Task.FromResult<StockMovement?>(Record($"transfer-back:{transferId}", MovementKind.TransferReturned, -taken.Quantity, Negate(taken.Value), transferId));
    }

    public Task<StockBinView> SetLowThresholdAsync(decimal? threshold)
    {
        if (threshold < 0) throw CommandRejectedException.Invalid("invalid-threshold", "A low-stock threshold cannot be negative.", new Dictionary<string, object?> { ["field"] = "threshold" });
        if (threshold != State.LowThreshold) RaiseEvent(new LowThresholdSet(threshold));
        return Task.FromResult(View());
    }

    private Task<StockMovement> Move(string operationId, MovementKind kind, decimal quantity, Money value, string? reference) =>
        Task.FromResult(Record(operationId, kind, quantity, value, reference));

    private StockMovement Record(string operationId, MovementKind kind, decimal quantity, Money value, string? reference)
    {
        var movement = new StockMovement(operationId, kind, quantity, value, State.Quantity + quantity, time.GetUtcNow(), reference);
        RaiseEvent(new StockMoved(movement));
        return movement;
    }

    /// <summary>Refuses, before anything is raised, a movement that would take the bin below zero.</summary>
    private void TakeOut(decimal quantity, string what)
    {
        var problems = new Problems();
        Positive(problems, "quantity", quantity);
        problems.ThrowIfAny($"invalid-{what}", what);
        if (quantity > State.Quantity) throw StockRefusals.NotEnough(_key, State.Quantity, quantity);
    }

    /// <summary>What <paramref name="quantity"/> is worth at the bin's average cost, as a negative amount leaving it; all of it for the last unit.</summary>
    private Money Share(decimal quantity)
    {
        var minor = quantity == State.Quantity ? State.ValueMinor : (long)Math.Round(State.ValueMinor * quantity / State.Quantity, MidpointRounding.AwayFromZero);
        return new Money(-minor, State.Currency);
    }

    private Money SurplusValue(decimal quantity, StockItem item)
    {
        // At the average cost while the bin has one; else at the item's list cost per unit.
        var perUnit = State.Quantity > 0 && State.Currency != StockBinState.NoCurrency
            ? (decimal)State.ValueMinor / State.Quantity
            : item.PackCost.Minor / item.PackSize;
        var currency = State.Currency != StockBinState.NoCurrency ? State.Currency : item.PackCost.Currency;
        return new Money((long)Math.Round(perUnit * quantity, MidpointRounding.AwayFromZero), currency);
    }

    private static Money Negate(Money value) => value with { Minor = -value.Minor };

    private void SameCurrency(Money value)
    {
        if (State.Currency != StockBinState.NoCurrency && value.Currency != State.Currency)
            throw CommandRejectedException.Unprocessable("wrong-currency", $"Bin {_key} keeps its value in {State.Currency}, not {value.Currency}.");
        if (value.Currency is not { Length: 3 })
            throw CommandRejectedException.Invalid("invalid-currency", "Money names an ISO 4217 currency such as RUB.", new Dictionary<string, object?> { ["field"] = "cost.currency" });
    }

    private static void Positive(Problems problems, string field, decimal quantity)
    {
        if (quantity <= 0) problems.Add(field, "must be more than zero");
    }

    private static void Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
            throw CommandRejectedException.Invalid($"invalid-{field}", $"{field} is required (at most 200 characters).", new Dictionary<string, object?> { ["field"] = field });
    }

    // Written with every commit, so the branch's stock list is exactly what the bins' journals say.
    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<StockBinEvent> events) =>
        [new IndexEntry(StockIndexes.Bins, _key.ToString(), $"{StockIndexes.BranchPrefix(_key.BranchId)}{_key.WarehouseId}|{_key.ItemId}", View())];

    private StockBinView View() => new(_key.ToString(), _key.BranchId, _key.WarehouseId, _key.ItemId, TentativeVersion, State.Quantity,
        new Money(State.ValueMinor, State.Currency), State.LowThreshold, State.IsLow, State.Movements.Count);
}
