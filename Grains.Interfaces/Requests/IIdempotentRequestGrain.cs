using Frontdesk.Silo;

namespace Frontdesk.Grains.Requests;

/// <summary>
/// One Idempotency-Key of the HTTP API (key: the key itself): who is running the request now, and, once it has run,
/// the response it got. Every node asks the same grain, and the journal's version check arbitrates between nodes,
/// so of many requests with one key exactly one holds the claim at a time and all of them answer with one response.
/// </summary>
public interface IIdempotentRequestGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims the right to run the request for <paramref name="lease"/>; answers the recorded response instead when
    /// there is one, or who holds the claim when someone does and their lease has not run out.
    /// </summary>
    Task<RequestClaim> ClaimAsync(string fingerprint, TimeSpan lease);

    /// <summary>Records the response; the first one recorded stays, and is what every caller gets back.</summary>
    Task<IdempotentResponse> RecordAsync(string claimId, IdempotentResponse response);

    /// <summary>Gives the claim up without a response (the run failed in a way worth retrying); harmless if it is not held.</summary>
    Task ReleaseAsync(string claimId);

    Task<IdempotentResponse?> GetAsync();
}
