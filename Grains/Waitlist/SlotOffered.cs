namespace Frontdesk.Grains.Waitlist;

/// <summary>A freed slot offered to a waiting client: the event screens and notifications push.</summary>
public sealed record SlotOffered(string EntryId, WaitlistOffer Offer) : WaitlistEvent;
