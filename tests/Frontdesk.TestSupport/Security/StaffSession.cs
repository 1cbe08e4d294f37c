namespace Frontdesk.TestSupport.Security;

/// <summary>A signed-in browser session as a test holds it: the cookies to send, and the antiforgery token for changes.</summary>
public sealed record StaffSession(string Login, string CookieHeader, string Antiforgery);
