namespace Frontdesk.Silo.Tests.Grains;

public sealed class ChainGrain : Grain, IChainGrain
{
    public async Task<string> WalkAsync(string[] path)
    {
        if (path.Length == 0) return GetPrimaryKeyString();
        var rest = await GrainFactory.GetGrain<IChainGrain>(path[0]).WalkAsync(path[1..]);
        return $"{GetPrimaryKeyString()} > {rest}";
    }

    public Task<long> AddThroughAsync(string counter, int amount) => GrainFactory.GetGrain<ICounterGrain>(counter).AddAsync(amount);
}
