namespace Frontdesk.Grains.Scheduling;

public enum ShiftKind
{
    /// <summary>The same hours on chosen weekdays (5/2 is Monday to Friday).</summary>
    Weekly,
    /// <summary>N working days then M days off, repeating from an anchor date (2/2, 3/3, 1/3…).</summary>
    Cycle,
}
