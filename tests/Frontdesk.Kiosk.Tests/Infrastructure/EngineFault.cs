namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>What the fake engine does to one request instead of (or besides) answering it.</summary>
public enum EngineFault
{
    None,

    /// <summary>The connection is cut before anything is issued.</summary>
    DropBeforeIssue,

    /// <summary>The ticket is issued, then the connection is cut: the answer is lost on the way back.</summary>
    DropAfterIssue,

    /// <summary>A 500 with a ProblemDetails, nothing issued.</summary>
    ServerError,

    /// <summary>A 503 whose Retry-After names <see cref="FakeEngine.RetryAfter"/>, nothing issued: the engine's own database is down.</summary>
    Busy,

    /// <summary>The engine thinks for <see cref="FakeEngine.SlowAnswer"/> first, then issues as usual.</summary>
    Slow,
}
