namespace Frontdesk.Web.Availability;

/// <summary>The local start times, on a grid of <paramref name="StepMinutes"/>, where the services fit in the day now.</summary>
public sealed record FreeStarts(string DayKey, DateOnly Date, IReadOnlyList<string> ServiceIds, int StepMinutes, IReadOnlyList<TimeOnly> Starts);
