using Frontdesk.Grains.Certificates;
using Frontdesk.Grains.Wallets;

namespace Frontdesk.Web.Money;

/// <summary>A certificate to issue or import (with the balance it has left): minor units, its last valid day.</summary>
public sealed record CertificateBody(CertificateKind Kind, long Amount, DateOnly ExpiresOn, PaymentMethod PaidBy, bool Imported = false,
    string? BuyerClientId = null, string? Note = null, string? Currency = null);
