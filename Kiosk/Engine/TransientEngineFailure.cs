using System.Net;

namespace Frontdesk.Kiosk.Engine;

/// <summary>
/// An answer worth trying again (5xx, 408, 429): thrown so the pipeline's retry and breaker see it. <see cref="RetryAfter"/>
/// is how long the engine asked to be left alone (its Retry-After header), when it said.
/// </summary>
public sealed class TransientEngineFailure(HttpStatusCode status, TimeSpan? retryAfter = null)
    : Exception($"The engine answered {(int)status} {status}" + (retryAfter is { } after ? $", asking to retry after {after.TotalSeconds:0.#} s" : ""))
{
    public HttpStatusCode Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
