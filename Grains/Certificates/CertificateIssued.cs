namespace Frontdesk.Grains.Certificates;

public sealed record CertificateIssued(CertificateIssue Issue, DateTimeOffset At) : CertificateEvent;
