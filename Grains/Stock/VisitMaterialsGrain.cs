namespace Frontdesk.Grains.Stock;

[GrainType("visit-materials")]
public sealed class VisitMaterialsGrain(TimeProvider time) : JournaledGrain<VisitMaterialsState, VisitMaterialsEvent>, IVisitMaterialsGrain
{
    public Task<VisitMaterialsRecord?> GetAsync() => Task.FromResult(State.Record);

    public async Task<VisitMaterialsRecord> ConsumeAsync(string branchId, IReadOnlyList<MaterialUse> uses)
    {
        if (State.Record is { } done) return done;
        var visitId = GetPrimaryKeyString();
        var taken = new List<(MaterialUse Use, StockMovement Movement)>();
        foreach (var use in uses)
        {
            var bin = Bin(branchId, use);
            try
            {
                taken.Add((use, await bin.ConsumeForVisitAsync(visitId, use.Quantity)));
            }
            catch (CommandRejectedException)
            {
                // Bins take part in no transaction together: what this visit took before the refusal goes back, so a
                // refused settlement leaves every bin as it found it.
                foreach (var (earlier, _) in taken) await Bin(branchId, earlier).ReturnForVisitAsync(visitId);
                throw;
            }
        }
        var lines = taken.Select(t => new VisitMaterialLine(t.Use.WarehouseId, t.Use.ItemId, -t.Movement.Quantity, t.Movement.Value with { Minor = -t.Movement.Value.Minor }))
            .ToList();
        var currency = lines.Select(l => l.Cost.Currency).FirstOrDefault(c => c != StockBinState.NoCurrency) ?? StockBinState.NoCurrency;
        var record = new VisitMaterialsRecord(visitId, branchId, time.GetUtcNow(), lines, new Money(lines.Sum(l => l.Cost.Minor), currency));
        RaiseEvent(new VisitMaterialsConsumed(record));
        return record;
    }

    protected override IEnumerable<IndexEntry> IndexEntries(IReadOnlyList<VisitMaterialsEvent> events) =>
        State.Record is { } r ? [new IndexEntry(StockIndexes.VisitMaterials, r.VisitId, $"{StockIndexes.BranchPrefix(r.BranchId)}{r.At.UtcDateTime:O}", r)] : [];

    private IStockBinGrain Bin(string branchId, MaterialUse use) =>
        GrainFactory.GetGrain<IStockBinGrain>(new StockBinKey(branchId, use.WarehouseId, use.ItemId).ToString());
}
