namespace Frontdesk.Grains.Queue;

/// <summary>
/// A request for a number. <see cref="OperationId"/> makes it idempotent: the same id is the same ticket (a kiosk's
/// retries carry its press's Idempotency-Key).
/// </summary>
/// <param name="PriorityClassId">One of the line's classes; null for regular (or booked, when a booking is linked and the line has that class).</param>
/// <param name="Booking">Set by the issuer after it checked the booking; a counter takes it as given.</param>
public sealed record TicketRequest(
    string OperationId,
    TicketSource Source,
    string? KioskId = null,
    string? PriorityClassId = null,
    TicketBooking? Booking = null);
