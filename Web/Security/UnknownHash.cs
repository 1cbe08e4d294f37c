namespace Frontdesk.Web.Security;

/// <summary>A hash of nothing anyone knows, made once, to spend the same time on an unknown login as on a known one.</summary>
internal static class UnknownHash
{
    private static string? _value;

    public static string Value(Passwords passwords) => _value ??= passwords.Hash(Guid.NewGuid().ToString());
}
