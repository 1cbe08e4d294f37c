namespace Frontdesk.Kiosk.Engine;

/// <summary>What one call to the engine came to; <see cref="Problem"/> says why when there is no value.</summary>
public sealed record EngineAnswer<T>(EngineAnswerKind Kind, T? Value, string? Problem)
    where T : class
{
    public static EngineAnswer<T> Answered(T value) => new(EngineAnswerKind.Answered, value, null);

    public static EngineAnswer<T> Unavailable(string reason) => new(EngineAnswerKind.Unavailable, null, reason);

    public static EngineAnswer<T> Refused(string problem) => new(EngineAnswerKind.Refused, null, problem);
}
