using System.Net;

namespace Frontdesk.Kiosk.Engine;

/// <summary>An answer worth trying again (5xx, 408, 429): thrown so the pipeline's retry and breaker see it.</summary>
public sealed class TransientEngineFailure(HttpStatusCode status)
    : Exception($"The engine answered {(int)status} {status}")
{
    public HttpStatusCode Status { get; } = status;
}
