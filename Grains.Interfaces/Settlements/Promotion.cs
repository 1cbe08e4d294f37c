namespace Frontdesk.Grains.Settlements;

/// <summary>
/// A discount for visits between <see cref="From"/> and <see cref="To"/> (branch local dates, inclusive), on
/// <see cref="Days"/> (all when empty), between <see cref="DailyFrom"/> and <see cref="DailyTo"/> (all day when null),
/// on <see cref="ServiceIds"/> (every service when empty).
/// </summary>
public sealed record Promotion(string Id, string Name, int Percent, DateOnly From, DateOnly To, IReadOnlyList<string> ServiceIds,
    IReadOnlyList<DayOfWeek> Days, TimeOnly? DailyFrom = null, TimeOnly? DailyTo = null);
