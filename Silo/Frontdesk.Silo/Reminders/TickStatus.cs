namespace Frontdesk.Silo;

/// <param name="Period">Zero for a one-shot reminder (an extension of Orleans' periodic-only reminders).</param>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
