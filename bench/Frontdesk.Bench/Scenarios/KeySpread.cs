using Frontdesk.Bench.Measurement;

namespace Frontdesk.Bench.Scenarios;

/// <summary>
/// Spread keys without contention: caller c of n owns the keys k with k mod n = c and visits them in turn,
/// so no two callers ever wait on one grain (or one journal stream) and each visit is the key's next version.
/// </summary>
internal static class KeySpread
{
    /// <summary>The caller's next key, and how many times that key was visited before by this caller.</summary>
    public static (int Key, long Visit) Next(Caller caller, int keys)
    {
        var owned = (keys - caller.Index + caller.Callers - 1) / caller.Callers;
        var step = caller.Cursor++;
        return (caller.Index + (int)(step % owned) * caller.Callers, step / owned);
    }
}
