namespace Frontdesk.Grains.Bookings;

/// <summary>Services laid out back to back from a start: their lines, the time they take, and the room they need.</summary>
internal sealed record PlannedVisit(IReadOnlyList<ServiceLine> Lines, DateTimeOffset Start, DateTimeOffset End, UtcSpan Occupied, Money Total,
    string? ResourceType);
