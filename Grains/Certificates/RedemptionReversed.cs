namespace Frontdesk.Grains.Certificates;

public sealed record RedemptionReversed(string VisitId) : CertificateEvent;
