using Frontdesk.Grains.Bookings;

namespace Frontdesk.Web.Calendar;

/// <summary>One specialist's column of a branch's day: who, and their day (hours and bookings) at its version.</summary>
public sealed record CalendarColumn(CalendarSpecialist Specialist, SpecialistDayView Day);
