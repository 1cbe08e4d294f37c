namespace Frontdesk.Grains.Waitlist;

/// <summary>Remembers a freed slot so that hearing of it again (a retried outbox call) offers nothing twice.</summary>
public sealed record FreedSlotHeard(string SlotId) : WaitlistEvent;
