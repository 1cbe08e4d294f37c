using Frontdesk.Kiosk.Pressing;
using Frontdesk.Kiosk.Printing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_printer_that_refuses_connections_is_reported_offline
{
    [Fact]
    public async Task the_press_says_the_printer_is_offline_takes_no_number_and_the_engine_hears_of_it()
    {
        await using var branch = await FakeBranch.StartAsync();
        branch.Printer.SwitchOff();
        await using var kiosk = branch.Kiosk();

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.PrinterFault, outcome.Outcome);
        Assert.Equal(PrinterStatus.Offline, outcome.Printer);
        Assert.Equal(MessageCatalog.Russian.PrinterFault, outcome.Message);
        Assert.Null(outcome.Number);
        Assert.Empty(branch.Engine.TicketCalls);
        await Eventually.TrueAsync(() => branch.Engine.PrinterReports.Any(r => r is { KioskId: "kiosk-1", Status: "offline" }),
            "the engine to hear the printer is offline");
    }

    [Fact]
    public async Task a_refused_connection_is_offline_not_an_error()
    {
        var printer = new TcpPrinter("127.0.0.1", LoopbackPort.Refusing(), TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(200));

        var checkedState = await printer.CheckAsync(CancellationToken.None);
        var printed = await printer.PrintAsync(new byte[] { 0x1B, 0x40 }, CancellationToken.None);

        Assert.Equal(PrinterStatus.Offline, checkedState.Status);
        Assert.Equal(PrinterStatus.Offline, printed.Status);
        Assert.Contains("ConnectionRefused", printed.Detail);
    }

    [Fact]
    public async Task a_printer_that_goes_away_after_the_number_was_issued_leaves_the_number_on_screen()
    {
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = branch.Kiosk();
        // Switched off between the status check and the ticket: the number is the engine's, so it is shown, not lost.
        branch.Engine.Faults = _ =>
        {
            branch.Printer.SwitchOff();
            return EngineFault.None;
        };

        var outcome = await kiosk.PressAsync();

        Assert.Equal(PressOutcomeKind.NotPrinted, outcome.Outcome);
        Assert.Equal("A-001", outcome.Number);
        Assert.Equal(MessageCatalog.Russian.NotPrinted, outcome.Message);
        await Eventually.TrueAsync(() => branch.Engine.PrinterReports.Any(r => r.Status == "offline"), "the engine to hear the printer is offline");
    }

    [Fact]
    public async Task a_missing_device_is_offline()
    {
        using var folder = new TempFolder();
        var device = new DevicePrinter(folder.File("lp0"), TimeSpan.FromSeconds(1));

        Assert.Equal(PrinterStatus.Offline, (await device.CheckAsync(CancellationToken.None)).Status);
        Assert.Equal(PrinterStatus.Offline, (await device.PrintAsync(new byte[] { 0x1B, 0x40 }, CancellationToken.None)).Status);
    }

    [Fact]
    public async Task a_file_printer_appends_each_ticket()
    {
        using var folder = new TempFolder();
        await using var branch = await FakeBranch.StartAsync();
        await using var kiosk = KioskRig.Start(branch.Engine, new Uri(folder.File("tickets.bin")).ToString());

        Assert.Equal(PressOutcomeKind.Printed, (await kiosk.PressAsync()).Outcome);
        Assert.Equal(PressOutcomeKind.Printed, (await kiosk.PressAsync()).Outcome);

        var printed = EscPosDecoder.Epson.Decode(await File.ReadAllBytesAsync(folder.File("tickets.bin")));
        Assert.Equal(["A-001", "A-002"], printed.TextsAtLeast(2, 2));
    }
}
