namespace Frontdesk.Grains.Waitlist;

public sealed record OfferExpired(string EntryId, string OfferId) : WaitlistEvent;
