namespace Frontdesk.Bench.Measurement;

/// <summary>One closed-loop caller: its own latencies, counters and random source, touched only by its own loop.</summary>
internal sealed class Caller(int index, int callers)
{
    private long _completed;
    private long _conflicts;
    private long _errors;
    private long _measuredErrors;

    public int Index => index;

    /// <summary>How many callers run beside this one; workloads split their keys by it.</summary>
    public int Callers => callers;

    public Random Random { get; } = new(index * 7919 + 17);

    public LatencyHistogram Latency { get; } = new();

    /// <summary>A workload's own position, e.g. the next of this caller's keys.</summary>
    public long Cursor { get; set; }

    /// <summary>Calls completed since the loop started, warm-up included.</summary>
    public long Completed => Volatile.Read(ref _completed);

    public long Conflicts => Volatile.Read(ref _conflicts);

    public long Errors => Volatile.Read(ref _errors);

    public long MeasuredErrors => Volatile.Read(ref _measuredErrors);

    public Exception? FirstError { get; private set; }

    public void CountCompleted() => Volatile.Write(ref _completed, _completed + 1);

    /// <summary>A lost optimistic write that the workload retried.</summary>
    public void CountConflict() => Volatile.Write(ref _conflicts, _conflicts + 1);

    public void CountError(Exception error, bool measuring)
    {
        FirstError ??= error;
        Volatile.Write(ref _errors, _errors + 1);
        if (measuring) Volatile.Write(ref _measuredErrors, _measuredErrors + 1);
    }
}
