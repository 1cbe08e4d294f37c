namespace Frontdesk.Silo.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and answers the value this call produced.</summary>
    Task<long> AddAsync(int amount);

    Task<long> GetAsync();

    /// <summary>Takes from the counter, refusing (raising nothing) when it holds less: a refusal that rests on state.</summary>
    Task<long> TakeAsync(int amount);

    /// <summary>Raises an event, then throws: the event must not survive.</summary>
    Task AddThenFailAsync(int amount);

    /// <summary>Adds, confirms inside the turn, and answers the version it saw as durable.</summary>
    Task<long> AddAndConfirmAsync(int amount);

    /// <summary>Adds, confirms inside the turn, then adds again: one call, two commits.</summary>
    Task<long> AddConfirmAndAddAgainAsync(int first, int second);

    /// <summary>Records how many calls were inside the grain at once, across an await.</summary>
    Task<long> ProbeConcurrencyAsync();

    Task<int> MaxConcurrencyAsync();

    Task<long> VersionAsync();
}
