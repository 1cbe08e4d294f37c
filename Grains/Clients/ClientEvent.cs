using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Clients;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ClientRegistered), "client-registered")]
public abstract record ClientEvent;
