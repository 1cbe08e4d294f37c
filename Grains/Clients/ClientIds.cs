using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Frontdesk.Grains.Clients;

/// <summary>"cl-" and 12 lower-case base32 characters (60 bits): short enough to read out, plain enough for keys and URLs.</summary>
internal static partial class ClientIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int Length = 12;

    [GeneratedRegex("^cl-[a-z2-7]{12}$")]
    private static partial Regex Pattern();

    public static string New() => "cl-" + RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// A dependent is known by their owner and name, so registering the same child or pet again (a retry, a second
    /// receptionist) lands on the same card instead of a twin.
    /// </summary>
    public static string ForDependent(string ownerId, string foldedName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ownerId}|{foldedName}"));
        return "cl-" + new string([.. hash.Take(Length).Select(b => Alphabet[b & 31])]);
    }

    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);
}
