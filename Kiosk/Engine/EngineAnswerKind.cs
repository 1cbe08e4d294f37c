namespace Frontdesk.Kiosk.Engine;

public enum EngineAnswerKind
{
    Answered,

    /// <summary>No answer within the budget, the engine failing, or the breaker open: nothing may be printed.</summary>
    Unavailable,

    /// <summary>The engine said no (a 4xx): retrying would not change its mind.</summary>
    Refused,
}
