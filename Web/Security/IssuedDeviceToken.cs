namespace Frontdesk.Web.Security;

/// <summary>The token is shown this once: the engine keeps only its hash.</summary>
public sealed record IssuedDeviceToken(string DeviceId, string BranchId, string Role, string Token);
