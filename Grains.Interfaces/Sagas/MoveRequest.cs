namespace Frontdesk.Grains.Sagas;

/// <summary>Move a booking to another day and/or specialist, starting at <see cref="Start"/> (local time at the target's branch).</summary>
public sealed record MoveRequest(string FromDayKey, string BookingId, string ToDayKey, TimeOnly Start);
