using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

[GrainType("bench-counter")]
public sealed class BenchCounterGrain : Grain, IBenchCounterGrain
{
    private long _value;

    public Task<long> AddAsync(int amount) => Task.FromResult(_value += amount);
}
