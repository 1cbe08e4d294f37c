namespace Frontdesk.Grains.Security;

public sealed record DeviceRegistered(DeviceRegistration Registration, DateTimeOffset At) : DeviceEvent;
