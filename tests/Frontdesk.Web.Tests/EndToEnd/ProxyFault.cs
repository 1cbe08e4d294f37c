namespace Frontdesk.Web.Tests.EndToEnd;

/// <summary>What the proxy between kiosks and engine does to one ticket request.</summary>
public enum ProxyFault
{
    None,

    /// <summary>The connection is cut before the engine hears of the request.</summary>
    DropBeforeEngine,

    /// <summary>The engine issues the ticket, then the connection is cut: the answer is lost on the way back.</summary>
    DropAfterEngine,

    /// <summary>A 500 from the proxy; the engine hears nothing.</summary>
    ServerError,

    /// <summary>Five seconds on the way to the engine (longer than a kiosk's try), which issues anyway, caller gone or not.</summary>
    Slow,
}
