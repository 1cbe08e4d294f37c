namespace Frontdesk.Grains.Certificates;

/// <summary>What one visit took from the certificate (minor units); <see cref="Reversed"/> when its settlement was undone.</summary>
public sealed record CertificateRedemption(string VisitId, long Amount, long Burnt, DateTimeOffset At, bool Reversed = false);
