using System.Text.Json.Serialization;

namespace Frontdesk.Grains.Certificates;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(CertificateIssued), "issued")]
[JsonDerivedType(typeof(CertificateRedeemed), "redeemed")]
[JsonDerivedType(typeof(RedemptionReversed), "redemption-reversed")]
public abstract record CertificateEvent;
