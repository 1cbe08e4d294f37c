namespace Frontdesk.Grains.Bookings;

/// <param name="Applied">False when the day kept its hours because bookings would be stranded and the change was not forced.</param>
/// <param name="Stranded">Bookings outside the new hours: refused for, or (when forced) flagged for a call to the client.</param>
public sealed record WorkingHoursOutcome(string DayKey, bool Applied, IReadOnlyList<Booking> Stranded);
