namespace Frontdesk.Grains.Bookings;

public sealed class ResourceDayState : IJournaledState<ResourceDayEvent>
{
    public Dictionary<string, ResourceClaim> Claims { get; set; } = [];

    public void Apply(ResourceDayEvent @event)
    {
        switch (@event)
        {
            case ResourceClaimTaken e: Claims[e.Claim.BookingId] = e.Claim; break;
            case ResourceClaimReleased e: Claims.Remove(e.BookingId); break;
        }
    }
}
