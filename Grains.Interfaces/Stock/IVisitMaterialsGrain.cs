using Frontdesk.Silo;

namespace Frontdesk.Grains.Stock;

/// <summary>
/// A visit's materials (key: the visit id). Consumption runs one call at a time here, so fifty retries of one
/// settlement are one consumption; each bin also takes at most one consumption per visit, which covers the rare
/// duplicate activation during a membership change.
/// </summary>
public interface IVisitMaterialsGrain : IGrainWithStringKey
{
    /// <summary>
    /// Consumes each line from its bin, in order. When a bin refuses (not enough left), the lines this visit already
    /// took are given back and the refusal is answered; nothing is recorded, so a retry after a delivery consumes anew.
    /// Once recorded, every repeat answers the record and consumes nothing.
    /// </summary>
    Task<VisitMaterialsRecord> ConsumeAsync(string branchId, IReadOnlyList<MaterialUse> uses);

    /// <summary>The record, or null while nothing was consumed.</summary>
    Task<VisitMaterialsRecord?> GetAsync();
}
