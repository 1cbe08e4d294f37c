namespace Frontdesk.Grains.Stock;

/// <summary>The stock step of settling a visit: proposes the services' consumption norms, and consumes materials once per visit.</summary>
public interface IVisitMaterials
{
    Task<IReadOnlyList<MaterialUse>> ProposeAsync(string branchId, IReadOnlyList<string> serviceIds);

    /// <summary>Idempotent per visit and item: a retry consumes nothing more.</summary>
    Task ConsumeAsync(string visitId, string branchId, IReadOnlyList<MaterialUse> uses);
}
