using System.Collections.Concurrent;

namespace Frontdesk.Kiosk.Pressing;

/// <summary>
/// Remembers recent presses by the id the touch page gave them, so a double tap or a page retry joins the press
/// already running and gets its outcome: one press, one idempotency key, at most one ticket.
/// </summary>
public sealed class PressLedger(TimeProvider time)
{
    /// <summary>Long enough to outlast any retry of a press; short enough that the ledger stays small.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, Lazy<Task<PressOutcome>> Press)> _presses = new();

    public Task<PressOutcome> OnceAsync(string pressId, Func<Task<PressOutcome>> press)
    {
        Forget(time.GetUtcNow() - Memory);
        var entry = _presses.GetOrAdd(pressId, _ => (time.GetUtcNow(), new Lazy<Task<PressOutcome>>(press)));
        return entry.Press.Value;
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var (id, entry) in _presses)
            if (entry.At < before) _presses.TryRemove(id, out _);
    }
}
