namespace Frontdesk.Grains.Requests;

public sealed record ResponseRecorded(string ClaimId, IdempotentResponse Response) : IdempotentRequestEvent;
