using Frontdesk.Grains.Bookings;

namespace Frontdesk.Web.Calendar;

/// <summary>A specialist and their day: hours, bookings, and the day's version (a pushed change names the versions it adds).</summary>
public sealed record CalendarColumn(CalendarSpecialist Specialist, SpecialistDayView Day);
