namespace Frontdesk.Grains.Waitlist;

public sealed record WaitlistJoined(WaitlistEntry Entry, string OperationId) : WaitlistEvent;
