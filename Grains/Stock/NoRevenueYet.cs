namespace Frontdesk.Grains.Stock;

/// <summary>Revenue is the settlements' to give; until they are wired in, it is not known, and nothing pretends otherwise.</summary>
public sealed class NoRevenueYet : IRevenueSource
{
    public Task<IReadOnlyList<DirectionRevenue>?> RevenueAsync(string branchId, DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult<IReadOnlyList<DirectionRevenue>?>(null);
}
