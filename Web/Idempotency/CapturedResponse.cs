using Frontdesk.Grains.Requests;

namespace Frontdesk.Web.Idempotency;

/// <summary>A response as the endpoint produced it; <paramref name="Transient"/> ones (5xx, a lost race) are worth retrying, so never recorded.</summary>
internal sealed record CapturedResponse(IdempotentResponse Response, bool Transient);
