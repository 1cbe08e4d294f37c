using Frontdesk.Silo;

namespace Frontdesk.Grains.Certificates;

/// <summary>One gift certificate (key: its code, as printed). Redeemed once per visit, never beyond its balance or its expiry.</summary>
public interface IGiftCertificateGrain : IGrainWithStringKey
{
    Task<CertificateView> GetAsync();

    /// <summary>Issues (or imports) the certificate; issuing it again with the same terms answers it as it is.</summary>
    Task<CertificateView> IssueAsync(CertificateIssue issue);

    /// <summary>Pays <paramref name="amount"/> of a visit on <paramref name="date"/> (branch local); a repeat for the visit takes nothing more.</summary>
    Task<CertificateView> RedeemAsync(string visitId, long amount, DateOnly date);

    /// <summary>Gives a visit's redemption back (its settlement was undone or voided); nothing if it took none.</summary>
    Task<CertificateView> ReverseAsync(string visitId);
}
