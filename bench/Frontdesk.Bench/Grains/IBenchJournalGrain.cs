using Frontdesk.Silo;

namespace Frontdesk.Bench.Grains;

/// <summary>A durable command: each call raises one small event and is answered once it is in the journal.</summary>
public interface IBenchJournalGrain : IGrainWithStringKey
{
    Task<long> AddAsync(int amount);
}
