namespace Frontdesk.Grains.Catalog;

/// <summary>When a branch is open on a weekday, in its local time. A weekday without an entry is closed.</summary>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
