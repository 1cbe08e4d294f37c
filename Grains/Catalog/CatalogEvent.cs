using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Catalog;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ChainProfileSet), "profile-set")]
[JsonDerivedType(typeof(BranchUpserted), "branch-upserted")]
[JsonDerivedType(typeof(DirectionUpserted), "direction-upserted")]
[JsonDerivedType(typeof(ServiceUpserted), "service-upserted")]
[JsonDerivedType(typeof(SpecialistUpserted), "specialist-upserted")]
[JsonDerivedType(typeof(ResourceUpserted), "resource-upserted")]
public abstract record CatalogEvent;
