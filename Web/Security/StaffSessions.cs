using Frontdesk.Grains.Security;
using Frontdesk.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Frontdesk.Web.Security;

/// <summary>A session ends when its account is disabled or its role or branches change: the cookie is checked against the account on each request.</summary>
internal static class StaffSessions
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var caller = SignedInCaller.From(context.Principal);
        var account = caller is null ? null : await context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>()
            .GetGrain<IStaffAccountGrain>(caller.Login).GetAsync();
        if (account is null || account.Disabled || SignedInCaller.Of(account) is var now && !Same(now, caller!))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SecuritySchemes.Cookie);
        }
    }

    private static bool Same(SignedInCaller a, SignedInCaller b) =>
        a.Role == b.Role && a.SpecialistId == b.SpecialistId && a.ClientId == b.ClientId && a.Branches.SequenceEqual(b.Branches);
}
