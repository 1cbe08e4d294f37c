namespace Frontdesk.Grains.Security;

public sealed record SignInFailed(DateTimeOffset At, DateTimeOffset? LockedUntil) : StaffAccountEvent;
