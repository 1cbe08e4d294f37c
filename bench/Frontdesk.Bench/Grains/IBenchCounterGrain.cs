using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

/// <summary>The cheapest possible grain call: what the runtime's mailbox and dispatch cost by themselves.</summary>
public interface IBenchCounterGrain : IGrainWithStringKey
{
    Task<long> AddAsync(int amount);
}
