namespace Frontdesk.Silo;

/// <summary>Counters of what this node's runtime did; read by tests, benchmarks and diagnostics.</summary>
public sealed class SiloStatistics
{
    private long _activations;
    private long _deactivations;
    private long _commits;
    private long _appendConflicts;
    private long _commandReruns;
    private long _snapshots;
    private long _staleRefusals;

    public long Activations => Interlocked.Read(ref _activations);
    public long Deactivations => Interlocked.Read(ref _deactivations);
    public long Commits => Interlocked.Read(ref _commits);
    /// <summary>Appends refused because another node had appended first.</summary>
    public long AppendConflicts => Interlocked.Read(ref _appendConflicts);
    /// <summary>Batches of commands re-run against reloaded state after a conflict.</summary>
    public long CommandReruns => Interlocked.Read(ref _commandReruns);
    public long Snapshots => Interlocked.Read(ref _snapshots);
    /// <summary>Refusals not answered because the database showed the activation was behind another node: the calls ran again.</summary>
    public long StaleRefusals => Interlocked.Read(ref _staleRefusals);

    internal void Activated() => Interlocked.Increment(ref _activations);
    internal void Deactivated() => Interlocked.Increment(ref _deactivations);
    internal void Committed() => Interlocked.Increment(ref _commits);
    internal void Conflicted() => Interlocked.Increment(ref _appendConflicts);
    internal void Rerun() => Interlocked.Increment(ref _commandReruns);
    internal void Snapshotted() => Interlocked.Increment(ref _snapshots);
    internal void RefusedWhileStale() => Interlocked.Increment(ref _staleRefusals);
}
