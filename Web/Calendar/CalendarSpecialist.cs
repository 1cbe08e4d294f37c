namespace Frontdesk.Web.Calendar;

public sealed record CalendarSpecialist(string Id, string Name, string Position, string? PhotoUrl, int Number);
