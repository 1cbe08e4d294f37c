using Frontdesk.Grains.Bookings;
using Frontdesk.Grains.Clients;

namespace Frontdesk.Grains.Demo;

/// <summary>One visit of the demo's plan for a specialist-day; <see cref="Position"/> (its order in the day) makes its operation id.</summary>
/// <param name="CancelReason">Set for the visits the demo shows as cancelled.</param>
public sealed record DemoVisit(
    SpecialistDayKey Day, int Position, TimeOnly Start, IReadOnlyList<string> ServiceIds, ClientCard Client, BookingSource Source, bool Confirmed,
    string? CancelReason)
{
    public string OperationId => $"demo:{Day}:{Position}";
}
