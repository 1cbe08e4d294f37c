namespace Frontdesk.Web.Calendar;

/// <summary>A calendar column's heading.</summary>
public sealed record CalendarSpecialist(string Id, int Number, string Name, string Position, string? PhotoUrl);
