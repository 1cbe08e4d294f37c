using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Clients;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ClientRegistered), "client-registered")]
[JsonDerivedType(typeof(ClientEdited), "client-edited")]
public abstract record ClientEvent;
