using Frontdesk.Grains.Requests;

namespace Frontdesk.Web.Idempotency;

/// <summary>What a request with a key is answered: <paramref name="Recorded"/> when it is the key's response for good.</summary>
/// <param name="Replayed">The request did not run: the answer is another request's (an earlier one, or a concurrent one).</param>
internal sealed record IdempotentAnswer(IdempotentResponse Response, bool Recorded, bool Replayed);
