namespace Frontdesk.Web.Calendar;

/// <summary>
/// Which specialists are columns of a branch's day, in order. Its version is the catalog's and the schedules' together,
/// so any change to either shows as a new roster version.
/// </summary>
public sealed record CalendarRoster(long Version, IReadOnlyList<string> SpecialistIds);
