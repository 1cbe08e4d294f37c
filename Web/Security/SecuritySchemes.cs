namespace Frontdesk.Web.Security;

public static class SecuritySchemes
{
    /// <summary>Picks the cookie or the device token per request.</summary>
    public const string Default = "frontdesk";
    public const string Cookie = "staff-cookie";
    public const string Device = "device-token";

    public const string CookieName = "frontdesk.session";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>The cookie the pages read (not HttpOnly) to send back as <see cref="AntiforgeryHeader"/>.</summary>
    public const string AntiforgeryRequestCookie = "XSRF-TOKEN";
}
