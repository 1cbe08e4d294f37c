namespace Frontdesk.Kiosk;

/// <summary>Section <c>Kiosk:Resilience</c>: how long a press may wait for the engine, and when the kiosk stops asking.</summary>
public sealed class EngineResilienceOptions
{
    /// <summary>One try: request sent and answer read.</summary>
    public TimeSpan TryTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>All tries of one press together; past this the client is told to see reception.</summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromSeconds(8);

    public int Retries { get; set; } = 4;

    /// <summary>The first backoff; later ones grow exponentially, with jitter so kiosks do not retry in step.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public double BreakFailureRatio { get; set; } = 0.5;

    public int BreakMinimumThroughput { get; set; } = 4;

    public TimeSpan BreakSampling { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A printer status report is best effort: one short try, never part of a press's budget.</summary>
    public TimeSpan ReportTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
