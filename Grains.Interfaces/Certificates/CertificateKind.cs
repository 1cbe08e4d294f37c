namespace Frontdesk.Grains.Certificates;

public enum CertificateKind
{
    /// <summary>A fixed value, spent in one visit: what the visit leaves of it is not kept.</summary>
    Fixed,
    /// <summary>Any amount, spent over as many visits as it lasts.</summary>
    Deposit,
}
