namespace Frontdesk.Grains.Waitlist;

public sealed record WaitlistLeft(string EntryId) : WaitlistEvent;
