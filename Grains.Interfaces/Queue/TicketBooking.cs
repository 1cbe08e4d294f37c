namespace Frontdesk.Grains.Queue;

/// <summary>The booking a ticket was taken for (its QR scanned at the kiosk): checked to be the branch's, for today.</summary>
public sealed record TicketBooking(string BookingId, string Number, string SpecialistId, DateTimeOffset Start);
