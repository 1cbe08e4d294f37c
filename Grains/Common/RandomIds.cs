using System.Security.Cryptography;

namespace Frontdesk.Grains.Common;

/// <summary>Unguessable ids and secrets: lower-case base32 (no 0/1/8/9 to mix up when read aloud).</summary>
public static class RandomIds
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz234567";

    public static string New(string prefix, int length = 16) => $"{prefix}-{Secret(length)}";

    public static string Secret(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return new string(chars);
    }
}
