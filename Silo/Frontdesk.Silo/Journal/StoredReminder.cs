namespace Frontdesk.Silo.Journal;

/// <summary>A durable reminder: due at <paramref name="DueAt"/> (UTC), then every <paramref name="Period"/> (zero: once).</summary>
/// <param name="ETag">Changes on every write, so a delivery cannot delete or move a reminder registered again meanwhile.</param>
public sealed record StoredReminder(
    string GrainType, string GrainKey, string Name, DateTimeOffset FirstDueAt, DateTimeOffset DueAt, TimeSpan Period, Guid ETag);
