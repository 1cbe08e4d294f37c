using System.Security.Cryptography;
using System.Text;

namespace Frontdesk.Web.Security;

/// <summary>
/// A device token is "{deviceId}.{secret}": the id finds the device, the secret is checked against its SHA-256, which
/// is all the engine keeps (a 256-bit random secret needs no slow hash: there is nothing to guess it from).
/// </summary>
public static class DeviceTokens
{
    public static (string Token, string Hash) Issue(string deviceId)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return ($"{deviceId}.{secret}", HashOf(secret));
    }

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool TryParse(string? token, out string deviceId, out string secret)
    {
        deviceId = secret = "";
        if (string.IsNullOrEmpty(token) || token.Length > 400) return false;
        var dot = token.LastIndexOf('.');
        if (dot <= 0 || dot == token.Length - 1) return false;
        (deviceId, secret) = (token[..dot], token[(dot + 1)..]);
        return true;
    }

    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>From "Authorization: Bearer …", or for the hub's WebSocket (browsers cannot set headers there) "?access_token=…".</summary>
    public static string? Read(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        return request.Path.StartsWithSegments("/hubs") ? request.Query["access_token"].FirstOrDefault() : null;
    }
}
