namespace Frontdesk.Silo.Tests.Grains;

public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls each named grain in turn, each calling the next; answers the path walked.</summary>
    Task<string> WalkAsync(string[] path);
}
