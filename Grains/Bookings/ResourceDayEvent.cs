using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Bookings;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(ResourceClaimTaken), "claim-taken")]
[JsonDerivedType(typeof(ResourceClaimReleased), "claim-released")]
public abstract record ResourceDayEvent;
