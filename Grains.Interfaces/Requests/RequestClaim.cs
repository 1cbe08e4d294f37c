namespace Frontdesk.Grains.Requests;

/// <summary>What <see cref="IIdempotentRequestGrain.ClaimAsync"/> answered.</summary>
/// <param name="ClaimId">Set when <see cref="Outcome"/> is <see cref="ClaimOutcome.Claimed"/>: the caller runs the request.</param>
/// <param name="Response">Set when <see cref="ClaimOutcome.Recorded"/>: the request ran already.</param>
/// <param name="Fingerprint">Of the request holding the claim or recorded: a different one is another request reusing the key.</param>
/// <param name="BusyUntil">Set when <see cref="ClaimOutcome.Busy"/>: the other claim's lease ends then.</param>
public sealed record RequestClaim(ClaimOutcome Outcome, string Fingerprint, string? ClaimId = null, IdempotentResponse? Response = null,
    DateTimeOffset? BusyUntil = null);
