using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Security;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(DeviceRegistered), "device-registered")]
[JsonDerivedType(typeof(DeviceRevoked), "device-revoked")]
public abstract record DeviceEvent;
