namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// A stretch of working time in the branch's local time, start inclusive, end exclusive. A day is a list of
/// these in order; the gaps between them are breaks. Shifts do not cross midnight.
/// </summary>
public sealed record WorkingInterval(TimeOnly Start, TimeOnly End)
{
    public override string ToString() => $"{Start:HH\\:mm}–{End:HH\\:mm}";
}
