namespace Frontdesk.Silo.Tests.Grains;

public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls each named grain in turn, each calling the next; answers the path walked.</summary>
    Task<string> WalkAsync(string[] path);

    /// <summary>Adds to a counter from inside this grain's turn.</summary>
    Task<long> AddThroughAsync(string counter, int amount);
}
