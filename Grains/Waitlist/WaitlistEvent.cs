using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Waitlist;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(WaitlistJoined), "joined")]
[JsonDerivedType(typeof(WaitlistLeft), "left")]
[JsonDerivedType(typeof(SlotOffered), "slot-offered")]
[JsonDerivedType(typeof(OfferExpired), "offer-expired")]
[JsonDerivedType(typeof(FreedSlotHeard), "freed-slot-heard")]
public abstract record WaitlistEvent;
