namespace Frontdesk.Grains.Stock;

/// <summary>
/// Where the margin report reads revenue. Settlements own revenue; until they provide this, the default answers
/// null ("not known"), and the report says so instead of showing a margin it cannot know.
/// </summary>
public interface IRevenueSource
{
    /// <summary>Revenue per direction of the visits settled at the branch in [from, to) UTC; null when revenue is not available.</summary>
    Task<IReadOnlyList<DirectionRevenue>?> RevenueAsync(string branchId, DateTimeOffset from, DateTimeOffset to);
}
