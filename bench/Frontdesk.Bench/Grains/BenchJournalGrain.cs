using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

[GrainType("bench-journal")]
public sealed class BenchJournalGrain : JournaledGrain<BenchJournalState, BenchAdded>, IBenchJournalGrain
{
    public Task<long> AddAsync(int amount)
    {
        RaiseEvent(new BenchAdded(amount));
        return Task.FromResult(State.Value);
    }
}
