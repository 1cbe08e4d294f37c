using System.Collections.Concurrent;
using Frontdesk.Grains.Stock;

namespace Frontdesk.Grains.Tests.Infrastructure;

/// <summary>
/// Stands in for the stock module (built elsewhere) at the settlement's materials step: it keeps what each visit
/// consumed, once per visit and item as the contract says, and counts every call so a test sees the retries.
/// </summary>
public sealed class CountingMaterials : IVisitMaterials
{
    private readonly ConcurrentDictionary<(string Visit, string Warehouse, string Item), decimal> _consumed = new();
    private int _calls;

    public int Calls => _calls;

    public IReadOnlyDictionary<(string Visit, string Warehouse, string Item), decimal> Consumed => _consumed;

    public Task<IReadOnlyList<MaterialUse>> ProposeAsync(string branchId, IReadOnlyList<string> serviceIds) =>
        Task.FromResult<IReadOnlyList<MaterialUse>>([.. serviceIds.Select(s => new MaterialUse("main", $"oil-for-{s}", 0.05m))]);

    public Task ConsumeAsync(string visitId, string branchId, IReadOnlyList<MaterialUse> uses)
    {
        Interlocked.Increment(ref _calls);
        foreach (var use in uses) _consumed.TryAdd((visitId, use.WarehouseId, use.ItemId), use.Quantity);
        return Task.CompletedTask;
    }
}
