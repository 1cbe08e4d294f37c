using System.Security.Cryptography;
using System.Text;

namespace Frontdesk.Web.Idempotency;

/// <summary>What makes two requests "the same request": method, path with query, and the body's exact bytes.</summary>
internal static class RequestFingerprint
{
    public static string Of(HttpRequest request, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.PathBase}{request.Path}{request.QueryString}\n"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
