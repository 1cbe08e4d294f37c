namespace Frontdesk.Grains;

/// <summary>Why a command was refused; the HTTP edge maps each to its status code.</summary>
public enum RejectionKind
{
    /// <summary>The command itself is malformed (400).</summary>
    Invalid,
    /// <summary>Something it names does not exist (404).</summary>
    NotFound,
    /// <summary>It collides with the current state: a taken slot, a status that does not allow it (409).</summary>
    Conflict,
    /// <summary>Well-formed, but against the rules: outside working hours, a service the specialist does not do (422).</summary>
    Unprocessable,
}
