namespace Frontdesk.Grains.Certificates;

/// <summary>A gift certificate: what it was issued for, what is left, and each visit that used it. Null <see cref="Issue"/>: no such certificate.</summary>
public sealed record CertificateView(string Code, CertificateIssue? Issue, long Balance, IReadOnlyList<CertificateRedemption> Redemptions, DateTimeOffset? IssuedAt);
