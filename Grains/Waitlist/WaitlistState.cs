namespace Frontdesk.Grains.Waitlist;

public sealed class WaitlistState : IJournaledState<WaitlistEvent>
{
    public Dictionary<string, WaitlistEntry> Entries { get; set; } = [];
    public Dictionary<string, string> Operations { get; set; } = [];
    public HashSet<string> HeardSlots { get; set; } = [];

    public void Apply(WaitlistEvent @event)
    {
        switch (@event)
        {
            case WaitlistJoined e:
                Entries[e.Entry.Id] = e.Entry;
                Operations[e.OperationId] = e.Entry.Id;
                break;
            case WaitlistLeft e: Entries.Remove(e.EntryId); break;
            case SlotOffered e when Entries.TryGetValue(e.EntryId, out var entry):
                Entries[e.EntryId] = entry with { Offers = [.. entry.Offers, e.Offer] };
                break;
            case OfferExpired e when Entries.TryGetValue(e.EntryId, out var entry):
                Entries[e.EntryId] = entry with { Offers = [.. entry.Offers.Where(o => o.OfferId != e.OfferId)] };
                break;
            case FreedSlotHeard e: HeardSlots.Add(e.SlotId); break;
        }
    }
}
