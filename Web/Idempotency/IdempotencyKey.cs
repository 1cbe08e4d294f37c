using Frontdesk.Grains;

namespace Frontdesk.Web.Idempotency;

/// <summary>
/// The Idempotency-Key a mutating call carries: the client makes one per intended change (a UUID) and sends it again
/// on every retry of that change. It is also the domain's operation id, so even a repeat that got past the recorded
/// response (two nodes at once, a crash between running and recording) changes nothing twice.
/// </summary>
public sealed record IdempotencyKey(string Value)
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 200;

    private const string HowTo = "Send a header 'Idempotency-Key: <a new UUID>' with every POST, PUT, PATCH and DELETE under /api, " +
        "and the same value again when retrying the same request.";

    /// <summary>Minimal APIs bind a parameter of this type from the header (the middleware has already checked it).</summary>
    public static ValueTask<IdempotencyKey?> BindAsync(HttpContext context) => ValueTask.FromResult<IdempotencyKey?>(From(context.Request));

    public static IdempotencyKey From(HttpRequest request)
    {
        var values = request.Headers[Header];
        if (values.Count == 0 || string.IsNullOrWhiteSpace(values[0])) throw Refused("idempotency-key-required", $"The {Header} header is missing. {HowTo}");
        if (values.Count > 1) throw Refused("idempotency-key-invalid", $"Send one {Header} header, not {values.Count}. {HowTo}");
        var key = values[0]!;
        if (key.Length > MaxLength) throw Refused("idempotency-key-invalid", $"The {Header} is {key.Length} characters long; at most {MaxLength} are allowed. {HowTo}");
        if (key.Any(c => c is < '!' or > '~'))
            throw Refused("idempotency-key-invalid", $"The {Header} may hold only visible ASCII characters (no spaces). {HowTo}");
        return new IdempotencyKey(key);
    }

    private static CommandRejectedException Refused(string code, string message) =>
        CommandRejectedException.Invalid(code, message, new Dictionary<string, object?> { ["header"] = Header });
}
