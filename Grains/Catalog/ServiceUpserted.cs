namespace Frontdesk.Grains.Catalog;

public sealed record ServiceUpserted(Service Service) : CatalogEvent;
