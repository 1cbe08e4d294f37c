using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>The day keeps these hours instead of following the schedule.</summary>
public sealed record HoursPinned(IReadOnlyList<WorkingInterval> Hours) : SpecialistDayEvent
{
    [System.Text.Json.Serialization.JsonIgnore]
    public override string? BookingId => null;
}
