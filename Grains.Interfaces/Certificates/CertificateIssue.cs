using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Certificates;

/// <summary>
/// A certificate sold at the desk, or imported with the balance it has left after being sold elsewhere
/// (<see cref="Imported"/>: no money is taken here for it).
/// </summary>
public sealed record CertificateIssue(CertificateKind Kind, Money Amount, DateOnly ExpiresOn, PaymentMethod PaidBy, bool Imported = false,
    string? BuyerClientId = null, string? Note = null);
