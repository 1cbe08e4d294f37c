namespace Frontdesk.Grains.Stock;

/// <summary>A service's bill of materials: what one visit of it uses, proposed at settlement.</summary>
public sealed record ConsumptionNorm(string ServiceId, IReadOnlyList<NormLine> Lines);
