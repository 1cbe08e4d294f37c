namespace Frontdesk.Web.Calendar;

/// <param name="Opens">The branch's opening time that date; null with <paramref name="Closes"/> when it is closed.</param>
/// <param name="DayOff">Closed that date: a day off of the branch, or a weekday it does not open.</param>
public sealed record CalendarBranch(
    string Id, string Code, string Name, string City, string TimeZone, string Currency, int GridStepMinutes, TimeOnly? Opens, TimeOnly? Closes, bool DayOff);
