using System.Diagnostics;
using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

public sealed class an_engine_that_names_a_retry_after_is_asked_no_sooner
{
    [Fact]
    public async Task a_busy_engine_gets_the_same_press_again_only_after_the_time_it_named()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = call => call.Attempt == 1 ? EngineFault.Busy : EngineFault.None;
        branch.Engine.RetryAfter = TimeSpan.FromSeconds(1);
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        var calls = branch.Engine.TicketCalls;
        Assert.Equal(2, calls.Count);
        Assert.Single(calls.Select(c => c.IdempotencyKey).Distinct());
        // The kiosk's own first backoff is 200 ms (with jitter); the engine asked for a second.
        Assert.True(Stopwatch.GetElapsedTime(calls[0].ReceivedAt, calls[1].ReceivedAt) >= TimeSpan.FromSeconds(0.95),
            $"asked again after {Stopwatch.GetElapsedTime(calls[0].ReceivedAt, calls[1].ReceivedAt).TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task an_engine_asking_for_longer_than_a_press_may_take_is_not_asked_again_and_the_client_is_told_at_once()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = _ => EngineFault.Busy;
        branch.Engine.RetryAfter = TimeSpan.FromSeconds(60);
        await using var kiosk = branch.Kiosk();
        var clock = Stopwatch.StartNew();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Unavailable, outcome.Outcome);
        Assert.Equal(MessageCatalog.Russian.Unavailable, outcome.Message);
        Assert.Single(branch.Engine.TicketCalls);
        Assert.True(clock.Elapsed < kiosk.Options.Resilience.TotalBudget, $"the press took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Empty(branch.Printer.Printouts);
    }
}
