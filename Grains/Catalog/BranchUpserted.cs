namespace Frontdesk.Grains.Catalog;

public sealed record BranchUpserted(Branch Branch) : CatalogEvent;
