namespace Frontdesk.Kiosk.Engine;

/// <summary>The body of a ticket request; <see cref="BookingCode"/> is set when the client scanned a booking.</summary>
public sealed record TicketRequest(string Source, string KioskId, string? BookingCode);
