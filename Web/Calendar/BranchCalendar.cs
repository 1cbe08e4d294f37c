namespace Frontdesk.Web.Calendar;

/// <summary>The receptionist's day at a branch: one column per specialist who works there that date or has bookings there.</summary>
public sealed record BranchCalendar(CalendarBranch Branch, DateOnly Date, IReadOnlyList<CalendarColumn> Columns, CalendarSummary Summary);
