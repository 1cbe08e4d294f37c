namespace Frontdesk.Grains.Security;

/// <param name="TokenHash">SHA-256 of the token's secret, hex: the token itself is shown once and never stored.</param>
public sealed record DeviceRegistration(string Name, string BranchId, StaffRole Role, string TokenHash, bool Demo = false);
