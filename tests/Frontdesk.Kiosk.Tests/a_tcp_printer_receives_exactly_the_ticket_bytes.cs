using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Printing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_tcp_printer_receives_exactly_the_ticket_bytes
{
    [Fact]
    public async Task the_printout_is_the_encoded_ticket_byte_for_byte()
    {
        await using var fake = FakePrinter.Start();
        var printer = new TcpPrinter("127.0.0.1", fake.Port, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        var ticket = new TicketPrintout(new KioskOptions { PaperWidth = 80 }, MessageCatalog.Russian).Encode(SampleTicket.A015);

        var state = await printer.PrintAsync(ticket, CancellationToken.None);

        Assert.Equal(PrinterStatus.Ok, state.Status);
        await Eventually.TrueAsync(() => fake.Printouts.Count == 1, "the printout to arrive");
        Assert.Equal(ticket, fake.Printouts[0]);
    }

    [Theory]
    [InlineData(PaperSensor.Present, PrinterStatus.Ok)]
    [InlineData(PaperSensor.Out, PrinterStatus.PaperOut)]
    [InlineData(PaperSensor.Silent, PrinterStatus.Unknown)]
    public async Task the_status_check_reads_the_roll_paper_sensor_and_prints_nothing(PaperSensor paper, PrinterStatus expected)
    {
        await using var fake = FakePrinter.Start(paper);
        var printer = new TcpPrinter("127.0.0.1", fake.Port, TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(paper == PaperSensor.Silent ? 200 : 2000));

        var state = await printer.CheckAsync(CancellationToken.None);

        Assert.Equal(expected, state.Status);
        await Eventually.TrueAsync(() => fake.StatusRequests == 1, "the printer to see the status request");
        Assert.Empty(fake.Printouts);
    }

    [Fact]
    public async Task a_press_prints_the_number_the_engine_issued_after_asking_for_the_paper_status()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        Assert.Equal("A-001", outcome.Number);
        Assert.Equal(1, branch.Printer.StatusRequests);
        await Eventually.TrueAsync(() => branch.Printer.Printouts.Count == 1, "the printout to arrive");
        var printout = EscPosDecoder.Epson.Decode(branch.Printer.Printouts[0]);
        Assert.Equal(["A-001"], printout.TextsAtLeast(2, 2));
        Assert.StartsWith($"{branch.Engine.BaseAddress}queue/tickets/", printout.QrPayload);
    }

    [Fact]
    public async Task a_printer_that_does_not_answer_the_status_request_still_prints()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Printer.Paper = PaperSensor.Silent;
        await using var kiosk = branch.Kiosk(overrides: new Dictionary<string, string?> { ["Kiosk:PrinterStatusTimeout"] = "00:00:00.200" });

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.Printed, outcome.Outcome);
        await Eventually.TrueAsync(() => branch.Printer.Printouts.Count == 1, "the printout to arrive");
    }

    [Fact]
    public async Task a_printer_out_of_paper_takes_no_number_and_is_reported_to_the_engine()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Printer.Paper = PaperSensor.Out;
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.PrinterFault, outcome.Outcome);
        Assert.Equal(PrinterStatus.PaperOut, outcome.Printer);
        Assert.Null(outcome.Number);
        Assert.Empty(branch.Engine.TicketCalls);
        Assert.Empty(branch.Printer.Printouts);
        await Eventually.TrueAsync(() => branch.Engine.PrinterReports.Any(r => r is { KioskId: "kiosk-1", Status: "paper-out" }), "the engine to hear of the paper");
        Assert.Equal(PrinterStatus.PaperOut, kiosk.Printer.Current.Status);
    }
}
