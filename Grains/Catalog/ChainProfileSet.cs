namespace Frontdesk.Grains.Catalog;

public sealed record ChainProfileSet(ChainProfile Profile) : CatalogEvent;
