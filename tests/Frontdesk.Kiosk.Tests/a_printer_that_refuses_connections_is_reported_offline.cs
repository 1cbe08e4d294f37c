using Frontdesk.Kiosk.Printing;
using Frontdesk.Kiosk.Tests.Infrastructure;
using Frontdesk.TestSupport;

namespace Frontdesk.Kiosk.Tests;

public sealed class a_printer_that_refuses_connections_is_reported_offline
{
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
    public async Task a_missing_device_is_offline()
    {
        using var folder = new TempFolder();
        var device = new DevicePrinter(folder.File("lp0"), TimeSpan.FromSeconds(1));

        Assert.Equal(PrinterStatus.Offline, (await device.CheckAsync(CancellationToken.None)).Status);
        Assert.Equal(PrinterStatus.Offline, (await device.PrintAsync(new byte[] { 0x1B, 0x40 }, CancellationToken.None)).Status);
    }
}
