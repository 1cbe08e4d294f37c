namespace Frontdesk.Grains.Catalog;

public sealed record DirectionUpserted(Direction Direction) : CatalogEvent;
