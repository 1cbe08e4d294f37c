namespace Frontdesk.Grains.Bookings;

public enum OutboxKind
{
    ClaimResource,
    ReleaseResource,
    NotifyWaitlist,
}
