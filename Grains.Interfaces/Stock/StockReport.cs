namespace Frontdesk.Grains.Stock;

/// <summary>A branch's stock now: every bin, and its value per warehouse and per direction.</summary>
public sealed record StockReport(string BranchId, IReadOnlyList<StockOnHand> Bins, IReadOnlyList<DirectionAmount> ValueByDirection, Money Value);
