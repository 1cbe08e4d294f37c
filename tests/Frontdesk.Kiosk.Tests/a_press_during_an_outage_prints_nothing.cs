using System.Diagnostics;
using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_press_during_an_outage_prints_nothing
{
    // Room for the machine being busy with other tests; the budget itself is enforced by the pipeline.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1.5);

    private static async Task<(PressOutcome Outcome, TimeSpan Took)> TimedPressAsync(KioskRig kiosk)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await kiosk.PressAsync();
        return (outcome, clock.Elapsed);
    }

    [Fact]
    public async Task an_engine_that_is_down_gets_the_unavailable_message_within_the_budget()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();
        await branch.Engine.StopAsync();

        var (outcome, took) = await TimedPressAsync(kiosk);

        Assert.Equal(PressOutcomeKind.Unavailable, outcome.Outcome);
        Assert.Equal(MessageCatalog.Russian.Unavailable, outcome.Message);
        Assert.Null(outcome.Number);
        Assert.InRange(took, TimeSpan.Zero, kiosk.Options.Resilience.TotalBudget + Slack);
        Assert.Empty(branch.Printer.Printouts);
    }

    [Fact]
    public async Task an_engine_that_answers_too_slowly_every_time_gets_the_message_at_the_budget_and_nothing_printed()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = _ => EngineFault.Slow;
        var budget = TimeSpan.FromSeconds(2.5);
        await using var kiosk = branch.Kiosk(overrides: new Dictionary<string, string?>
        {
            ["Kiosk:Resilience:TryTimeout"] = "00:00:01",
            ["Kiosk:Resilience:TotalBudget"] = budget.ToString(),
            // The breaker is not what is under test here: keep it closed so the budget is what ends the press.
            ["Kiosk:Resilience:BreakMinimumThroughput"] = "100",
        });

        var (outcome, took) = await TimedPressAsync(kiosk);

        Assert.Equal(PressOutcomeKind.Unavailable, outcome.Outcome);
        Assert.InRange(took, budget - TimeSpan.FromMilliseconds(100), budget + Slack);
        Assert.True(branch.Engine.TicketCalls.Count >= 2, "the press was tried more than once");
        Assert.Single(branch.Engine.TicketCalls.Select(c => c.IdempotencyKey).Distinct());
        Assert.Empty(branch.Printer.Printouts);
    }

    [Fact]
    public async Task an_engine_that_keeps_failing_gets_the_message_and_nothing_printed()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = call => call.Attempt % 2 == 1 ? EngineFault.ServerError : EngineFault.DropBeforeIssue;
        await using var kiosk = branch.Kiosk();

        var (outcome, took) = await TimedPressAsync(kiosk);

        Assert.Equal(PressOutcomeKind.Unavailable, outcome.Outcome);
        Assert.InRange(took, TimeSpan.Zero, kiosk.Options.Resilience.TotalBudget + Slack);
        Assert.Empty(branch.Engine.Issued);
        Assert.Empty(branch.Printer.Printouts);
    }
}
