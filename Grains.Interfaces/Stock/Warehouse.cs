namespace Frontdesk.Grains.Stock;

/// <param name="DirectionId">The direction a <see cref="WarehouseKind.Direction"/> store serves; null for the others.</param>
public sealed record Warehouse(string Id, string BranchId, string Name, WarehouseKind Kind, string? DirectionId = null);
