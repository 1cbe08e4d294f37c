namespace Frontdesk.Web.Stock;

/// <summary>Below <paramref name="Threshold"/> the bin is low and the branch's screens say so; null removes it.</summary>
public sealed record LowThreshold(decimal? Threshold);
