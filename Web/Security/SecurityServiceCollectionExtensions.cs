using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Frontdesk.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddFrontdeskSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Passwords>();
        services.AddSingleton<AccessRefusals>();
        services.AddSingleton<ResourceOwners>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalLoggingResultHandler>();
        services.AddHostedService<FirstOwnerSetup>();
        // Sessions and antiforgery tokens are sealed with the data-protection keys: nodes behind one load balancer must
        // share them (a folder every node mounts), or a session signed in at one node is unknown at the next.
        var keys = services.AddDataProtection().SetApplicationName("Frontdesk");
        if (configuration["Frontdesk:Security:KeysFolder"] is { Length: > 0 } folder) keys.PersistKeysToFileSystem(new DirectoryInfo(folder));
        services.AddAuthentication(SecuritySchemes.Default)
            .AddPolicyScheme(SecuritySchemes.Default, "Cookie or device token", options => options.ForwardDefaultSelector = http =>
                DeviceTokens.Read(http.Request) is null ? SecuritySchemes.Cookie : SecuritySchemes.Device)
            .AddScheme<AuthenticationSchemeOptions, DeviceTokenHandler>(SecuritySchemes.Device, null)
            .AddCookie(SecuritySchemes.Cookie, options =>
            {
                options.Cookie.Name = SecuritySchemes.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.LoginPath = "/sign-in";
                options.Events = new CookieAuthenticationEvents
                {
                    // The API and the hub answer 401/403; only a page is sent to the sign-in page.
                    OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
                    OnValidatePrincipal = StaffSessions.ValidateAsync,
                };
            });
        services.AddAuthorization(EndpointSecurity.AddPermissionPolicies);
        services.AddAntiforgery(options =>
        {
            options.HeaderName = SecuritySchemes.AntiforgeryHeader;
            options.Cookie.Name = "frontdesk.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddRateLimiter(options => RateLimits.Configure(options, configuration));
        return services;
    }

    /// <summary>In order: headers on everything, who is calling, their rate, cross-site checks, then the permission.</summary>
    public static IApplicationBuilder UseFrontdeskSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<SecurityMiddleware>();
        app.UseAuthorization();
        return app;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
