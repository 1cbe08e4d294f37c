namespace Frontdesk.Web.Security;

/// <summary>An endpoint anyone may call, and why that is safe (said where it is declared, checked by the endpoint matrix test).</summary>
public sealed record PublicEndpointMetadata(string Why);
