namespace Frontdesk.Bench.Measurement;

/// <summary>
/// What one closed-loop run measured: completed calls in the measured window and their latencies;
/// <see cref="AllCalls"/> counts the warm-up too, for ratios against counters read around the whole run.
/// </summary>
internal sealed record LoadResult(
    string Case,
    int Callers,
    long Calls,
    double Seconds,
    double P50Milliseconds,
    double P99Milliseconds,
    long Errors,
    long Conflicts,
    long AllCalls,
    string? FirstError,
    double P95Milliseconds = double.NaN)
{
    public double PerSecond => Calls / Seconds;

    public double ConflictsPerSecond => Conflicts / Seconds;
}
