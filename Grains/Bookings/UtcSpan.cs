namespace Frontdesk.Grains.Bookings;

/// <summary>A stretch of real time, start inclusive, end exclusive.</summary>
public readonly record struct UtcSpan(DateTimeOffset From, DateTimeOffset To)
{
    public bool Overlaps(UtcSpan other) => From < other.To && other.From < To;
    public bool Contains(UtcSpan other) => From <= other.From && other.To <= To;
}
