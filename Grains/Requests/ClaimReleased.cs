namespace Frontdesk.Grains.Requests;

public sealed record ClaimReleased(string ClaimId) : IdempotentRequestEvent;
