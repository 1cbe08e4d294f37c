using Frontdesk.Grains.Common;

namespace Frontdesk.Grains.Requests;

/// <summary>
/// One Idempotency-Key. A claim is a lease held in memory, not a lock and not stored: it keeps the repeats that reach
/// this node waiting for the first run. Should another node run the same key at the same time, or a node die mid-run,
/// running it again is safe because the key is also the domain operation id (the command books once), and the first
/// response recorded (a versioned append: only one can land) is the one every caller gets.
/// </summary>
[GrainType("idempotent-request")]
public sealed class IdempotentRequestGrain(TimeProvider time) : JournaledGrain<IdempotentRequestState, IdempotentRequestEvent>, IIdempotentRequestGrain
{
    // A recorded response is the edge's bookkeeping; the command it answered is audited where it changed something.
    protected override bool Audited => false;

    private static readonly TimeSpan MaxLease = TimeSpan.FromMinutes(10);
    private RequestLease? _lease;

    public Task<RequestClaim> ClaimAsync(string fingerprint, TimeSpan lease)
    {
        if (string.IsNullOrWhiteSpace(fingerprint)) throw CommandRejectedException.Invalid("invalid-fingerprint", "A claim names its request's fingerprint.");
        if (lease <= TimeSpan.Zero || lease > MaxLease)
            throw CommandRejectedException.Invalid("invalid-lease", $"A claim lasts more than nothing and at most {MaxLease.TotalMinutes} minutes.");
        if (State.Response is { } recorded)
        {
            // Repeats are rare and the record is in the journal: no need to keep this in memory.
            DeactivateOnIdle();
            return Task.FromResult(new RequestClaim(ClaimOutcome.Recorded, recorded.Fingerprint, Response: recorded));
        }
        var now = time.GetUtcNow();
        if (_lease is { } held && held.Until > now)
            return Task.FromResult(new RequestClaim(ClaimOutcome.Busy, held.Fingerprint, BusyUntil: held.Until));
        _lease = new RequestLease(RandomIds.New("claim"), fingerprint, now + lease);
        return Task.FromResult(new RequestClaim(ClaimOutcome.Claimed, fingerprint, ClaimId: _lease.ClaimId));
    }

    public Task<IdempotentResponse> RecordAsync(string claimId, IdempotentResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Status is < 200 or > 499)
            throw CommandRejectedException.Invalid("invalid-response", $"Only 2xx to 4xx responses are recorded; {response.Status} is worth retrying.");
        // A claim that lost its lease may still finish first: whichever response lands first is the one.
        if (State.Response is null) RaiseEvent(new ResponseRecorded(claimId, response));
        _lease = null;
        DeactivateOnIdle();
        return Task.FromResult(State.Response!);
    }

    public Task ReleaseAsync(string claimId)
    {
        if (_lease?.ClaimId == claimId) _lease = null;
        return Task.CompletedTask;
    }

    public Task<IdempotentResponse?> GetAsync() => Task.FromResult(State.Response);
}
