namespace Frontdesk.Kiosk;

/// <summary>A setting the kiosk cannot work with; the process says which and ends.</summary>
public sealed class KioskConfigurationException(string message) : Exception(message);
