using Frontdesk.Grains.Security;

namespace Frontdesk.Web.Security;

/// <param name="Role">KioskDevice or DisplayDevice.</param>
public sealed record DeviceBody(string DeviceId, StaffRole Role, string? Name = null);
