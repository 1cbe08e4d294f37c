namespace Frontdesk.Web.Tests.Cluster;

/// <summary>A queue ticket a node issued to a kiosk press (one Idempotency-Key per press, however many tries it took).</summary>
public sealed record AcknowledgedTicket(string TicketId, string Number);
