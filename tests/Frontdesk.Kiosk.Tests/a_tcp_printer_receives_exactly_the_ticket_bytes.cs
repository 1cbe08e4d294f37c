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
}
