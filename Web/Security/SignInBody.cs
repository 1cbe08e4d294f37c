namespace Frontdesk.Web.Security;

public sealed record SignInBody(string? Login, string? Password);
