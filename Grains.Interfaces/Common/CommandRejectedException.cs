namespace Frontdesk.Grains;

/// <summary>
/// A domain command refused, with nothing changed. <see cref="Code"/> is stable for programs
/// (e.g. <c>slot-taken</c>); the message is for people; <see cref="Details"/> names what was wrong or in the way.
/// </summary>
public sealed class CommandRejectedException(RejectionKind kind, string code, string message, IReadOnlyDictionary<string, object?>? details = null)
    : Exception(message)
{
    public RejectionKind Kind { get; } = kind;
    public string Code { get; } = code;
    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();

    public static CommandRejectedException Invalid(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(RejectionKind.Invalid, code, message, details);

    public static CommandRejectedException NotFound(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(RejectionKind.NotFound, code, message, details);

    public static CommandRejectedException Conflict(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(RejectionKind.Conflict, code, message, details);

    public static CommandRejectedException Unprocessable(string code, string message, IReadOnlyDictionary<string, object?>? details = null) =>
        new(RejectionKind.Unprocessable, code, message, details);
}
