namespace Frontdesk.Grains.Scheduling;

/// <summary>
/// A template in force for a specialist at a branch from <see cref="From"/> to <see cref="To"/> (inclusive; null: open-ended).
/// A later assignment overrides an earlier one on the days they share. A cycle counts from <see cref="From"/>.
/// </summary>
public sealed record ScheduleAssignment(string BranchId, ShiftTemplate Template, DateOnly From, DateOnly? To = null);
