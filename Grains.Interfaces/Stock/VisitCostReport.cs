namespace Frontdesk.Grains.Stock;

/// <summary>The materials of the visits that consumed at a branch in [From, To): each visit's lines and cost, and the total.</summary>
public sealed record VisitCostReport(string BranchId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<VisitMaterialsRecord> Visits, Money Total);
