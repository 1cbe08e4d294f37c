using System.Diagnostics;

namespace Frontdesk.Bench.Measurement;

/// <summary>
/// Closed-loop load: each caller awaits its call, then issues the next. A warm-up (JIT, tiering, pools,
/// activations) runs first and is not counted; then every call that completes inside the measured window is
/// timed. Throughput is completed calls over the window's real length.
/// </summary>
internal sealed class ClosedLoop(int callers, TimeSpan warmUp, TimeSpan measure)
{
    private const int WarmingUp = 0;
    private const int Measuring = 1;
    private const int Stopped = 2;

    // A call stuck past this after the window closes means the system under test hangs: say so rather than wait forever.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(30);

    private int _phase;

    private bool IsMeasuring => Volatile.Read(ref _phase) == Measuring;

    public async Task<LoadResult> RunAsync(string label, Func<Caller, Task> call)
    {
        var all = Enumerable.Range(0, callers).Select(i => new Caller(i, callers)).ToArray();
        Volatile.Write(ref _phase, WarmingUp);
        var loops = all.Select(caller => Task.Run(() => LoopAsync(caller, call))).ToArray();

        await Task.Delay(warmUp);
        var conflictsBefore = all.Sum(c => c.Conflicts);
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref _phase, Measuring);
        await Task.Delay(measure);
        Volatile.Write(ref _phase, Stopped);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var conflicts = all.Sum(c => c.Conflicts) - conflictsBefore;

        try
        {
            await Task.WhenAll(loops).WaitAsync(DrainLimit);
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"{label}: calls still outstanding {DrainLimit.TotalSeconds} s after the window closed.");
        }

        var merged = new LatencyHistogram();
        foreach (var caller in all) merged.Add(caller.Latency);
        return new LoadResult(label, callers, merged.Count, elapsed.TotalSeconds,
            merged.PercentileMilliseconds(0.50), merged.PercentileMilliseconds(0.99),
            all.Sum(c => c.MeasuredErrors), conflicts, all.Sum(c => c.Completed),
            all.Select(c => c.FirstError).FirstOrDefault(e => e is not null)?.Message, merged.PercentileMilliseconds(0.95));
    }

    private async Task LoopAsync(Caller caller, Func<Caller, Task> call)
    {
        while (Volatile.Read(ref _phase) != Stopped)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                await call(caller);
            }
            catch (Exception ex)
            {
                caller.CountError(ex, IsMeasuring);
                continue;
            }
            var end = Stopwatch.GetTimestamp();
            caller.CountCompleted();
            if (IsMeasuring) caller.Latency.Record(end - start);
        }
    }
}
