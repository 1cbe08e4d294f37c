namespace Frontdesk.Grains.Bookings;

/// <summary>A room's day: claims by booking, never two at once. It calls nobody, so a specialist-day may await it mid-turn.</summary>
[GrainType("resource-day")]
public sealed class ResourceDayGrain : JournaledGrain<ResourceDayState, ResourceDayEvent>, IResourceDayGrain
{
    public Task<ResourceDayView> GetAsync() =>
        Task.FromResult(new ResourceDayView(GetPrimaryKeyString(), TentativeVersion, [.. State.Claims.Values.OrderBy(c => c.From)]));

    public Task<bool> TryClaimAsync(ResourceClaim claim)
    {
        if (claim.To <= claim.From) throw CommandRejectedException.Invalid("invalid-claim", "A room is claimed for a time that ends after it starts.");
        if (State.Claims.TryGetValue(claim.BookingId, out var held) && held == claim) return Task.FromResult(true);
        var span = new UtcSpan(claim.From, claim.To);
        // The booking's own earlier time does not stand in its way: a claim for new times replaces it, or nothing changes.
        if (State.Claims.Values.Any(c => c.BookingId != claim.BookingId && span.Overlaps(new UtcSpan(c.From, c.To)))) return Task.FromResult(false);
        RaiseEvent(new ResourceClaimTaken(claim));
        return Task.FromResult(true);
    }

    public Task ReleaseAsync(string bookingId)
    {
        if (State.Claims.ContainsKey(bookingId)) RaiseEvent(new ResourceClaimReleased(bookingId));
        return Task.CompletedTask;
    }
}
