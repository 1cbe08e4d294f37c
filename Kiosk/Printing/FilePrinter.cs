namespace Frontdesk.Kiosk.Printing;

/// <summary>Tickets appended to a file, for demos and tests; "offline" when its folder is missing.</summary>
public sealed class FilePrinter(string path, TimeSpan timeout) : IPrinter
{
    public Task<PrinterState> CheckAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(path)))
            ? PrinterState.Ok
            : new PrinterState(PrinterStatus.Offline, $"the folder of {path} is not there"));

    public Task<PrinterState> PrintAsync(ReadOnlyMemory<byte> ticket, CancellationToken cancellationToken) =>
        FilePrinting.WriteAsync(path, FileMode.Append, ticket, timeout, cancellationToken);
}
