using Frontdesk.Grains.Scheduling;

namespace Frontdesk.Grains.Bookings;

/// <summary>
/// A specialist-day reduced to what availability needs, at a version: its bookable hours (the schedule within the
/// branch's opening hours, local) and the time its bookings take. Cached per node and dropped as soon as a newer
/// version of the day, or any schedule or catalog change, is heard of.
/// </summary>
public sealed record DayOccupancy(string DayKey, long Version, string TimeZone, IReadOnlyList<WorkingInterval> Hours, IReadOnlyList<OccupiedSpan> Occupied);
