namespace Frontdesk.Grains.Stock;

/// <param name="RevenueKnown">False until settlements provide revenue (<see cref="IRevenueSource"/>): only the materials are then shown.</param>
public sealed record MarginReport(string BranchId, DateTimeOffset From, DateTimeOffset To, bool RevenueKnown, IReadOnlyList<DirectionMargin> Directions);
