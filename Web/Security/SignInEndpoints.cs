using Frontdesk.Grains;
using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Frontdesk.Web.Security;

/// <summary>
/// Sign-in for people (a cookie session; the pages then send the antiforgery token with every change), sign-out, and
/// who am I. A wrong login and a wrong password get the same answer; repeated failures lock the account for a while.
/// </summary>
internal static class SignInEndpoints
{
    public const int MaxLoginLength = 100;
    public const int MaxPasswordLength = 200;

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");
        auth.MapPost("/sign-in", SignInAsync).Public("signing in is how one stops being anonymous; failures are counted and lock the account");
        auth.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(SecuritySchemes.Cookie);
            return TypedResults.NoContent();
        }).RequirePermission(Permission.SignedIn);
        auth.MapGet("/me", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var caller = SignedInCaller.From(http.User)!;
            if (http.User.Identity?.AuthenticationType == SecuritySchemes.Cookie) IssueAntiforgery(http, antiforgery);
            return TypedResults.Ok(SignedInResponse.Of(caller));
        }).RequirePermission(Permission.SignedIn);
        return app;
    }

    private static async Task<IResult> SignInAsync(SignInBody? body, HttpContext http, IGrainFactory grains, Passwords passwords,
        AccessRefusals refusals, IAntiforgery antiforgery)
    {
        var login = body?.Login?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(login) || login.Length > MaxLoginLength || string.IsNullOrEmpty(body!.Password) || body.Password.Length > MaxPasswordLength)
            throw CommandRejectedException.Invalid("sign-in-invalid", $"Send a login (up to {MaxLoginLength} characters) and a password.",
                new Dictionary<string, object?> { ["field"] = "login, password" });
        var account = await grains.GetGrain<IStaffAccountGrain>(login).GetAsync();
        if (account is null)
        {
            // Hashing anyway keeps an unknown login from answering faster than a wrong password.
            passwords.Verify(UnknownHash.Value(passwords), body.Password);
            return await RefuseAsync(http, refusals, login, "unknown login");
        }
        // The grain decides: a locked or disabled account is refused even with the right password.
        var outcome = await grains.GetGrain<IStaffAccountGrain>(login).RecordAttemptAsync(passwords.Verify(account.PasswordHash, body.Password));
        if (outcome != SignInOutcome.SignedIn) return await RefuseAsync(http, refusals, login, outcome.ToString());
        var caller = SignedInCaller.Of(account);
        var principal = caller.ToPrincipal(SecuritySchemes.Cookie);
        await http.SignInAsync(SecuritySchemes.Cookie, principal);
        http.User = principal;
        IssueAntiforgery(http, antiforgery);
        return TypedResults.Ok(SignedInResponse.Of(caller));
    }

    private static async Task<IResult> RefuseAsync(HttpContext http, AccessRefusals refusals, string login, string reason)
    {
        await refusals.RecordAsync(http, login, $"sign-in failed: {reason}");
        var locked = reason == nameof(SignInOutcome.LockedOut);
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in",
            detail: locked ? "Too many failed attempts: the account is locked for a while." : "Wrong login or password.",
            extensions: new Dictionary<string, object?> { ["code"] = locked ? "account-locked" : "sign-in-failed" });
    }

    /// <summary>The antiforgery pair: an HttpOnly cookie, and a readable one the pages echo in <see cref="SecuritySchemes.AntiforgeryHeader"/>.</summary>
    public static void IssueAntiforgery(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Cookies.Append(SecuritySchemes.AntiforgeryRequestCookie, tokens.RequestToken!,
            new CookieOptions { HttpOnly = false, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = "/" });
    }
}
