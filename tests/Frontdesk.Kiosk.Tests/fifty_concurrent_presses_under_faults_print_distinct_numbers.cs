using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class fifty_concurrent_presses_under_faults_print_distinct_numbers
{
    private const int Kiosks = 50;
    [Fact]
    public async Task every_printed_ticket_carries_its_own_server_issued_number()
    {
        await using var branch = await FakeBranch.StartAsync();
        // Each kiosk meets a different fault on its first try (and every fifth on its second too): lost connections
        // before and after issuing, 500s, answers slower than a try's timeout.
        var faults = new[] { EngineFault.None, EngineFault.DropBeforeIssue, EngineFault.DropAfterIssue, EngineFault.ServerError, EngineFault.Slow };
        branch.Engine.Faults = call =>
        {
            var kiosk = int.Parse(call.KioskId!.Split('-')[1]);
            return call.Attempt switch
            {
                1 => faults[kiosk % faults.Length],
                2 when kiosk % 5 == 2 => EngineFault.DropAfterIssue,
                _ => EngineFault.None,
            };
        };
        var kiosks = Enumerable.Range(0, Kiosks).Select(i => branch.Kiosk($"kiosk-{i}")).ToList();
        try
        {
            var outcomes = await Task.WhenAll(kiosks.Select(k => k.PressAsync()));

            Assert.All(outcomes, o => Assert.Equal(PressOutcomeKind.Printed, o.Outcome));
            await Eventually.TrueAsync(() => branch.Printer.Printouts.Count == Kiosks, "every printout to arrive");
            var printed = branch.Printer.Printouts.Select(p => EscPosDecoder.Epson.Decode(p).TextsAtLeast(2, 2).Single()).ToList();
            Assert.Equal(Kiosks, printed.Distinct().Count());
            Assert.Equal(outcomes.Select(o => o.Number).Order(), printed.Order());
            // Printed numbers are exactly the ones the engine issued: one per press, none invented, no gaps.
            Assert.Equal(Enumerable.Range(1, Kiosks).Select(n => $"A-{n:000}"), branch.Engine.Issued.Values.Order());
            Assert.Equal(printed.Order(), branch.Engine.Issued.Values.Order());
        }
        finally
        {
            foreach (var kiosk in kiosks) await kiosk.DisposeAsync();
        }
    }
}
