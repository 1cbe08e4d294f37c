namespace Frontdesk.Silo;

/// <summary>
/// A grain call would wait for a grain that is itself waiting, further up the same call chain, for this call:
/// turns are not reentrant, so it could never finish. Refused at once, as Orleans does, instead of hanging.
/// </summary>
public sealed class DeadlockException(string target, IEnumerable<string> chain)
    : Exception($"Deadlock refused: {string.Join(" → ", chain)} would call back into {target}, which is waiting in that chain.");
