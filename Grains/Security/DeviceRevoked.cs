namespace Frontdesk.Grains.Security;

public sealed record DeviceRevoked(DateTimeOffset At) : DeviceEvent;
