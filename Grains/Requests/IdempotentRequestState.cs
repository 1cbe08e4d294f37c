namespace Frontdesk.Grains.Requests;

public sealed class IdempotentRequestState : IJournaledState<IdempotentRequestEvent>
{
    public RequestClaimed? Claim { get; set; }
    public IdempotentResponse? Response { get; set; }

    public void Apply(IdempotentRequestEvent @event)
    {
        switch (@event)
        {
            case RequestClaimed e: Claim = e; break;
            case ClaimReleased e when Claim?.ClaimId == e.ClaimId: Claim = null; break;
            case ResponseRecorded e: Response = e.Response; Claim = null; break;
        }
    }
}
