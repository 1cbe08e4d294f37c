namespace Frontdesk.Web.Bookings;

/// <summary>
/// Where a booking goes: a new start, and optionally another specialist, date or branch (each defaults to the booking's
/// own). The same day and specialist is a move within the day; anything else is a move saga keyed by the Idempotency-Key.
/// </summary>
public sealed record BookingMove(TimeOnly Start, string? SpecialistId = null, DateOnly? Date = null, string? BranchId = null);
