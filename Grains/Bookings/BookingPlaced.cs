using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>A booking (or hold, or pending transfer) takes its slot. The day's hours are pinned with its first booking.</summary>
/// <param name="Claim">Set when the booking needs a room: it stays Pending until the claim is decided.</param>
public sealed record BookingPlaced(Booking Booking, string OperationId, IReadOnlyList<WorkingInterval>? PinHours, ResourceClaimRequest? Claim)
    : SpecialistDayEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string BookingId => Booking.Id;
}
