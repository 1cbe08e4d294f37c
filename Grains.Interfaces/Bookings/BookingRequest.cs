namespace Frontdesk.Grains.Bookings;

/// <summary>
/// Book (or hold) one visit with one specialist: the services, back to back, from <see cref="Start"/> in the
/// branch's local time. <see cref="OperationId"/> makes the command idempotent: the same id books once.
/// </summary>
/// <param name="HoldId">Book what this hold (of the same day) keeps, instead of a new slot.</param>
/// <param name="VisitId">Several bookings of one visit with several specialists share it.</param>
public sealed record BookingRequest(
    string OperationId,
    BookingClient Client,
    IReadOnlyList<string> ServiceIds,
    TimeOnly Start,
    BookingSource Source = BookingSource.Reception,
    bool Confirmed = false,
    string? Notes = null,
    string? HoldId = null,
    string? VisitId = null);
