namespace Frontdesk.Grains.Stock;

/// <summary>The materials a visit consumed: its lines, their total cost, and when.</summary>
public sealed record VisitMaterialsRecord(string VisitId, string BranchId, DateTimeOffset At, IReadOnlyList<VisitMaterialLine> Lines, Money Cost);
