namespace Frontdesk.Grains.Clients;

/// <summary>
/// Two nodes claiming one number at once both try to append version 1; the journal keeps one, and the loser
/// re-runs the claim on the fresh state and answers the winner. So the first claim wins even across nodes.
/// </summary>
[GrainType("client-phone")]
public sealed class ClientPhoneGrain : JournaledGrain<ClientPhoneState, ClientPhoneEvent>, IClientPhoneGrain
{
    // Which card owns a phone is the directory's uniqueness index: the card's registration is the audited change.
    protected override bool Audited => false;

    public Task<string> ClaimAsync(string clientId)
    {
        if (State.OwnerId is null)
        {
            ClientRules.CheckClaim(GetPrimaryKeyString(), clientId);
            RaiseEvent(new PhoneClaimed(clientId));
        }
        return Task.FromResult(State.OwnerId!);
    }

    public Task<string?> GetOwnerAsync() => Task.FromResult(State.OwnerId);
}
