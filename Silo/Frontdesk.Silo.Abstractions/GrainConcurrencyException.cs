namespace Frontdesk.Silo;

/// <summary>
/// A command could not be committed because other activations of the same grain (other nodes)
/// kept appending first, even after the bounded number of reloads and re-runs.
/// Nothing of the command was stored.
/// </summary>
public sealed class GrainConcurrencyException(string grainType, string key, long lastReadVersion, int attempts)
    : Exception(
        $"Grain {grainType}/{key} could not commit after {attempts} attempts: other nodes kept appending to it " +
        $"(last version read: {lastReadVersion}). Nothing of this command was stored; it is safe to retry.")
{
    public string GrainType { get; } = grainType;
    public string Key { get; } = key;
    public long LastReadVersion { get; } = lastReadVersion;
    public int Attempts { get; } = attempts;
}
