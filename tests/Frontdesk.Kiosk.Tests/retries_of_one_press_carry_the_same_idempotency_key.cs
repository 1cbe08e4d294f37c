using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class retries_of_one_press_carry_the_same_idempotency_key
{
    [Fact]
    public async Task an_answer_lost_twice_is_fetched_again_and_printed_once()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = call => call.Attempt switch
        {
            1 => EngineFault.DropAfterIssue,
            2 => EngineFault.ServerError,
            3 => EngineFault.DropAfterIssue,
            _ => EngineFault.None,
        };
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        var calls = branch.Engine.TicketCalls;
        Assert.Equal(4, calls.Count);
        Assert.Single(calls.Select(c => c.IdempotencyKey).Distinct());
        Assert.All(calls, c => Assert.Equal(("kiosk", "kiosk-1"), (c.Source, c.KioskId)));
        Assert.Equal(["A-001"], branch.Engine.Issued.Values);
        Assert.Equal("A-001", outcome.Number);
        await Eventually.TrueAsync(() => branch.Printer.Printouts.Count == 1, "the printout to arrive");
        Assert.Equal(["A-001"], EscPosDecoder.Epson.Decode(branch.Printer.Printouts[0]).TextsAtLeast(2, 2));
    }

    [Fact]
    public async Task a_slow_answer_is_given_up_on_and_the_retry_gets_the_same_number()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Engine.Faults = call => call.Attempt == 1 ? EngineFault.Slow : EngineFault.None;
        branch.Engine.SlowAnswer = TimeSpan.FromSeconds(3);
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        Assert.Equal(2, branch.Engine.TicketCalls.Count);
        Assert.Single(branch.Engine.TicketCalls.Select(c => c.IdempotencyKey).Distinct());
        // The first try finishes issuing on the engine after the kiosk gave up on it: still one number for the key.
        await Eventually.TrueAsync(() => branch.Engine.IssuesFinished == 2, "the slow first try to finish on the engine");
        Assert.Single(branch.Engine.Issued);
        Assert.Equal(outcome.Number, branch.Engine.Issued.Values.Single());
    }

    [Fact]
    public async Task two_presses_carry_two_keys_and_get_two_numbers()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();

        var first = await kiosk.PressAsync();
        var second = await kiosk.PressAsync();

        Assert.Equal(("A-001", "A-002"), (first.Number, second.Number));
        Assert.Equal(2, branch.Engine.TicketCalls.Select(c => c.IdempotencyKey).Distinct().Count());
    }
}
