namespace Frontdesk.Grains.Catalog;

/// <summary>A line of business: spa, cosmetology, salon, dentistry, veterinary…</summary>
public sealed record Direction(string Id, string Name);
