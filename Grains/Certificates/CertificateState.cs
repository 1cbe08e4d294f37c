namespace Frontdesk.Grains.Certificates;

/// <summary>The balance is the issued amount less what the live redemptions took (and burnt).</summary>
public sealed class CertificateState : IJournaledState<CertificateEvent>
{
    public CertificateIssue? Issue { get; set; }
    public DateTimeOffset? IssuedAt { get; set; }
    public List<CertificateRedemption> Redemptions { get; set; } = [];

    public long Balance => (Issue?.Amount.Minor ?? 0) - Redemptions.Where(r => !r.Reversed).Sum(r => r.Amount + r.Burnt);

    public CertificateRedemption? Live(string visitId) => Redemptions.FirstOrDefault(r => r.VisitId == visitId && !r.Reversed);

    public void Apply(CertificateEvent @event)
    {
        switch (@event)
        {
            case CertificateIssued e: (Issue, IssuedAt) = (e.Issue, e.At); break;
            case CertificateRedeemed e: Redemptions.Add(e.Redemption); break;
            case RedemptionReversed e:
                var at = Redemptions.FindIndex(r => r.VisitId == e.VisitId && !r.Reversed);
                if (at >= 0) Redemptions[at] = Redemptions[at] with { Reversed = true };
                break;
        }
    }
}
