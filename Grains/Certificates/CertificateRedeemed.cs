namespace Frontdesk.Grains.Certificates;

public sealed record CertificateRedeemed(CertificateRedemption Redemption) : CertificateEvent;
