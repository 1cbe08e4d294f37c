namespace Frontdesk.Web.Bookings;

/// <summary>The booking's notes as they should now read; null or empty clears them.</summary>
public sealed record BookingNotes(string? Notes);
