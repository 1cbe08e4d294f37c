namespace Frontdesk.Grains.Requests;

public sealed record RequestClaimed(string ClaimId, string Fingerprint, DateTimeOffset Until) : IdempotentRequestEvent;
