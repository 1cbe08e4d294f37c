using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_refusal_from_the_engine_is_shown_and_not_retried
{
    [Fact]
    public async Task an_unknown_booking_code_shows_the_engines_reason_after_one_try()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync(bookingCode: "BK-9999");

        Assert.Equal(PressOutcomeKind.Refused, outcome.Outcome);
        Assert.Equal("No booking with code BK-9999 today", outcome.Message);
        Assert.Single(branch.Engine.TicketCalls);
        Assert.Empty(branch.Printer.Printouts);
    }

    [Fact]
    public async Task a_known_booking_code_is_sent_with_the_press()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync(bookingCode: " BK-1001 ");

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        Assert.Equal("BK-1001", branch.Engine.TicketCalls.Single().BookingCode);
    }

    [Fact]
    public async Task refusals_do_not_open_the_circuit_breaker()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();

        for (var i = 0; i < 10; i++) Assert.Equal(PressOutcomeKind.Refused, (await kiosk.PressAsync("closed-line")).Outcome);

        Assert.Equal(Polly.CircuitBreaker.CircuitState.Closed, kiosk.Engine.Breaker);
        Assert.Equal(PressOutcomeKind.Printed, (await kiosk.PressAsync()).Outcome);
    }
}
