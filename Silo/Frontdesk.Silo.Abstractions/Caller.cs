namespace Frontdesk.Silo;

/// <summary>
/// Who a call is made for: a signed-in person, a device, or the engine itself. Set at the edge (the web request) and
/// carried by the runtime into every grain turn the call causes, as Orleans' RequestContext is, so each command's
/// audit entry names who made it without every method taking a parameter for it.
/// </summary>
/// <param name="Actor">A staff login, a device id, an online client's login, or "system".</param>
/// <param name="ActorKind">"staff", "device", "client" or "system".</param>
/// <param name="Branch">The branch the call acts in, once the edge has checked it; null for chain-wide calls.</param>
public sealed record Caller(string Actor, string ActorKind, IReadOnlyList<string> Roles, string? Branch, string? RemoteAddress)
{
    private static readonly AsyncLocal<Caller?> Flowing = new();

    /// <summary>The engine acting on its own (reminders, sagas resumed, start-up work).</summary>
    public static readonly Caller System = new("system", "system", [], null, null);

    public static Caller? Current
    {
        get => Flowing.Value;
        set => Flowing.Value = value;
    }
}
