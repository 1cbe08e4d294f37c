using Frontdesk.Silo;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// A room's (chair's, device's) day (key <see cref="ResourceDayKey"/>): one booking at a time. Only
/// specialist-days call it, and it calls nobody, so a day may await it inside its turn.
/// </summary>
public interface IResourceDayGrain : IGrainWithStringKey
{
    Task<ResourceDayView> GetAsync();

    /// <summary>True when the room is now this booking's for that time (also when it already was); false when taken.</summary>
    Task<bool> TryClaimAsync(ResourceClaim claim);

    /// <summary>Frees whatever the booking holds; harmless when it holds nothing.</summary>
    Task ReleaseAsync(string bookingId);
}
