namespace Frontdesk.Grains.Bookings;

/// <summary>The booking holds the room for this time (replacing any time it held before).</summary>
public sealed record ResourceClaimTaken(ResourceClaim Claim) : ResourceDayEvent;
