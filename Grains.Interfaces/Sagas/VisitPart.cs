namespace Frontdesk.Grains.Sagas;

/// <summary>One specialist's share of a visit: services back to back from <see cref="Start"/> (local time).</summary>
public sealed record VisitPart(string DayKey, IReadOnlyList<string> ServiceIds, TimeOnly Start);
