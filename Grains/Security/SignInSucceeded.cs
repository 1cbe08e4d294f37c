namespace Frontdesk.Grains.Security;

/// <summary>Raised only when it clears earlier failures: a plain sign-in changes nothing worth a commit.</summary>
public sealed record SignInSucceeded(DateTimeOffset At) : StaffAccountEvent;
