namespace Frontdesk.Web.Bookings;

public sealed record Cancellation(string Reason);
