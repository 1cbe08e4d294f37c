namespace Frontdesk.Grains.Catalog;

public sealed record SpecialistUpserted(Specialist Specialist) : CatalogEvent;
