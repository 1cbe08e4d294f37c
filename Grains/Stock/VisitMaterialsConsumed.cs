namespace Frontdesk.Grains.Stock;

public sealed record VisitMaterialsConsumed(VisitMaterialsRecord Record) : VisitMaterialsEvent;
