namespace Frontdesk.Web.Queue;

/// <summary>
/// The body of a ticket request: <c>{source: "kiosk"|"reception"|"online", kioskId?, bookingCode?, priority?}</c>.
/// Every field is read by hand, so a wrong value is answered with its name rather than a binding error.
/// </summary>
public sealed record TicketIssueBody(string? Source = null, string? KioskId = null, string? BookingCode = null, string? Priority = null);
