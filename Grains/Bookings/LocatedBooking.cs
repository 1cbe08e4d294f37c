namespace Frontdesk.Grains.Bookings;

/// <summary>A booking and the specialist-day that holds it, which is where every command on it goes.</summary>
public sealed record LocatedBooking(SpecialistDayKey Day, Booking Booking);
