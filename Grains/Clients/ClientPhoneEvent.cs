using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Clients;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(PhoneClaimed), "phone-claimed")]
public abstract record ClientPhoneEvent;
