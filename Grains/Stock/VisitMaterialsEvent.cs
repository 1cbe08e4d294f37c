using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Stock;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(VisitMaterialsConsumed), "consumed")]
public abstract record VisitMaterialsEvent;
