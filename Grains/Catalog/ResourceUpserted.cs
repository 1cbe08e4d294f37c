namespace Frontdesk.Grains.Catalog;

public sealed record ResourceUpserted(Resource Resource) : CatalogEvent;
