using Frontdesk.Grains.Security;
using Microsoft.AspNetCore.Identity;

namespace Frontdesk.Web.Security;

/// <summary>ASP.NET Core Identity's hasher (PBKDF2, salted, versioned), without the rest of Identity.</summary>
public sealed class Passwords
{
    public const int MinLength = 8;

    private readonly PasswordHasher<StaffAccount> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;
}
