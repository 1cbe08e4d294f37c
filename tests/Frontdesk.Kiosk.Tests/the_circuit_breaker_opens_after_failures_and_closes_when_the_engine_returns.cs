using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;

namespace Frontdesk.Kiosk.Tests;

public sealed class the_circuit_breaker_opens_after_failures_and_closes_when_the_engine_returns
{
    private static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);
    [Fact]
    public async Task while_open_a_press_is_answered_at_once_without_calling_the_engine_then_a_probe_lets_presses_through()
    {
        await using var branch = await FakeBranch.StartAsync();
        // The breaker's clock is fake, so "30 s later" is a step, not a wait; refused connections need no timeout.
        var time = new FakeTimeProvider();
        await using var kiosk = branch.Kiosk(time: time, overrides: new Dictionary<string, string?>
        {
            ["Kiosk:Resilience:Retries"] = "2",
            ["Kiosk:Resilience:RetryDelay"] = "00:00:00",
            ["Kiosk:Resilience:BreakMinimumThroughput"] = "4",
            ["Kiosk:Resilience:BreakFailureRatio"] = "0.5",
            ["Kiosk:Resilience:BreakDuration"] = BreakDuration.ToString(),
        });
        Assert.Equal(PressOutcomeKind.Printed, (await kiosk.PressAsync()).Outcome);
        await branch.Engine.StopAsync();

        Assert.Equal(PressOutcomeKind.Unavailable, (await kiosk.PressAsync()).Outcome);
        Assert.Equal(PressOutcomeKind.Unavailable, (await kiosk.PressAsync()).Outcome);
        Assert.Equal(CircuitState.Open, kiosk.Engine.Breaker);

        await branch.Engine.StartAgainAsync();
        var callsBefore = branch.Engine.TicketCalls.Count;
        Assert.Equal(PressOutcomeKind.Unavailable, (await kiosk.PressAsync()).Outcome);
        Assert.Equal(callsBefore, branch.Engine.TicketCalls.Count);

        time.Advance(BreakDuration);
        var afterBreak = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, afterBreak.Outcome);
        Assert.Equal("A-002", afterBreak.Number);
        Assert.Equal(CircuitState.Closed, kiosk.Engine.Breaker);
        Assert.Equal(PressOutcomeKind.Printed, (await kiosk.PressAsync()).Outcome);
    }
}
