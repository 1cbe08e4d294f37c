using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Settlements;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(SalesRulesSet), "sales-rules-set")]
public abstract record SalesRulesEvent;
