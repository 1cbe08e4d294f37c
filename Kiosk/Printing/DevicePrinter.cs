namespace Frontdesk.Kiosk.Printing;

/// <summary>
/// A printer's device file (<c>/dev/usb/lp0</c>). The node exists only while the printer is plugged in, so its
/// absence is "offline"; a USB device answers no paper status here, so present means unknown.
/// </summary>
public sealed class DevicePrinter(string path, TimeSpan timeout) : IPrinter
{
    public Task<PrinterState> CheckAsync(CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(path) ? PrinterState.Unknown : new PrinterState(PrinterStatus.Offline, $"{path} is not there"));

    public Task<PrinterState> PrintAsync(ReadOnlyMemory<byte> ticket, CancellationToken cancellationToken) =>
        FilePrinting.WriteAsync(path, FileMode.Open, ticket, timeout, cancellationToken);
}
