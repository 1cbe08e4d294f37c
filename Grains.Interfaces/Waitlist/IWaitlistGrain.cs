using Frontdesk.Silo;

namespace Frontdesk.Grains.Waitlist;

/// <summary>
/// The chain's waitlist (key <see cref="Chain.Key"/>). A freed slot that fits an entry's service, dates, branch
/// and specialist is offered to the first waiting entries with an expiry (each offer is an event the screens
/// push). It reads the catalog and nothing else, so a specialist-day may call it.
/// </summary>
public interface IWaitlistGrain : IGrainWithStringKey
{
    Task<WaitlistEntry> JoinAsync(WaitlistRequest request);
    Task LeaveAsync(string entryId);
    Task<IReadOnlyList<WaitlistEntry>> GetAsync();

    /// <summary>Offers the slot to the fitting entries; answers the offers made. Repeating a slot offers nothing new.</summary>
    Task<IReadOnlyList<WaitlistOffer>> SlotFreedAsync(FreedSlot slot);
}
