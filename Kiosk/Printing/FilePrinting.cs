namespace Frontdesk.Kiosk.Printing;

/// <summary>Writing a ticket to a path, shared by the device and file printers; they differ in how they open it.</summary>
internal static class FilePrinting
{
    public static async Task<PrinterState> WriteAsync(string path, FileMode mode, ReadOnlyMemory<byte> ticket, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, mode, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1, useAsync: false);
            // A device write cannot be cancelled; WaitAsync at least gives the press its answer when the printer hangs.
            await Task.Run(() => { stream.Write(ticket.Span); stream.Flush(); }, CancellationToken.None).WaitAsync(timeout, cancellationToken);
            return PrinterState.Ok;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new PrinterState(PrinterStatus.Offline, $"{path} is not there: {ex.Message}");
        }
        catch (TimeoutException)
        {
            return new PrinterState(PrinterStatus.Error, $"{path} took no data for {timeout.TotalSeconds} s");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PrinterState(PrinterStatus.Error, $"{path}: {ex.Message}");
        }
    }
}
