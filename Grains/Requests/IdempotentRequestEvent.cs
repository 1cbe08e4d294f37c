using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Requests;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ResponseRecorded), "recorded")]
public abstract record IdempotentRequestEvent;
