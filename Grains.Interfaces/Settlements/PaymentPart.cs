using Frontdesk.Grains.Wallets;

namespace Frontdesk.Grains.Settlements;

/// <summary>
/// One share of a visit's payment, in minor units of the visit's currency. A <see cref="PaymentMethod.Pack"/> share
/// names the pack and the service a session of it pays for, and its amount is that line's price.
/// Cash or card beyond what is due is kept on the wallet as an advance.
/// </summary>
public sealed record PaymentPart(PaymentMethod Method, long Amount, string? PackId = null, string? ServiceId = null, string? CertificateCode = null);
