namespace Frontdesk.Grains.Security;

public sealed record StaffAccountDisabled(DateTimeOffset At) : StaffAccountEvent;
