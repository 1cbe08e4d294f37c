using System.Diagnostics;
using System.Numerics;

namespace Frontdesk.Bench.Measurement;

/// <summary>
/// Latencies in Stopwatch ticks, bucketed log-linearly: 64 buckets per power of two, so a percentile is
/// within 1.6 % of the true value. Fixed size and allocation-free on record, so one per caller costs nothing
/// at a million calls a second and merging them is exact.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int SubBits = 6;
    private const int SubCount = 1 << SubBits;

    private readonly long[] _counts = new long[SubCount + (63 - SubBits) * SubCount];

    public long Count { get; private set; }

    public void Record(long ticks)
    {
        _counts[IndexOf(Math.Max(0, ticks))]++;
        Count++;
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++) _counts[i] += other._counts[i];
        Count += other.Count;
    }

    /// <summary>The latency at or below which <paramref name="fraction"/> of the calls completed, in milliseconds.</summary>
    public double PercentileMilliseconds(double fraction)
    {
        if (Count == 0) return double.NaN;
        var rank = Math.Max(1, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank) return MidpointOf(i) * 1000.0 / Stopwatch.Frequency;
        }
        return double.NaN;
    }

    private static int IndexOf(long value)
    {
        if (value < SubCount) return (int)value;
        var magnitude = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = magnitude - SubBits;
        var sub = (int)(value >> shift) - SubCount;
        return SubCount + shift * SubCount + sub;
    }

    private static double MidpointOf(int index)
    {
        if (index < SubCount) return index;
        var shift = (index - SubCount) / SubCount;
        var sub = (index - SubCount) % SubCount;
        var lower = (long)(SubCount + sub) << shift;
        return lower + ((1L << shift) - 1) / 2.0;
    }
}
