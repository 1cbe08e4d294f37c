using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

public sealed class BenchJournalState : IJournaledState<BenchAdded>
{
    public long Value { get; set; }

    public void Apply(BenchAdded @event) => Value += @event.Amount;
}
