using System.Collections.Concurrent;

namespace Frontdesk.Bench.Cluster;

/// <summary>Every booking the engine answered 201 for, with its day and when its request was sent (Unix ms), for the push figure and the audit.</summary>
internal sealed class AcknowledgedBookings
{
    public ConcurrentDictionary<string, (string DayPath, double SentAt)> Numbers { get; } = new();

    public static double Now() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
}
