namespace Frontdesk.Web.Idempotency;

/// <summary>How long a request may hold its key, and how long a repeat waits for another node's run to finish.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>A claim not finished by then (its node died) may be taken over by a retry.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A repeat that finds the key busy on another node polls this long, then is told to retry.</summary>
    public TimeSpan WaitForOtherNode { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest pause between two polls; the first is a few milliseconds.</summary>
    public TimeSpan MaxPollDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
