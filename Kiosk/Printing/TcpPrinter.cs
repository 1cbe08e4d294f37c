using System.Net.Sockets;

namespace Frontdesk.Kiosk.Printing;

/// <summary>
/// A network printer on its raw port (9100). The status check and the ticket use separate connections: real-time
/// commands are not print data, and a printer that is gone is found before a number is taken for it.
/// </summary>
public sealed class TcpPrinter(string host, int port, TimeSpan timeout, TimeSpan statusTimeout) : IPrinter
{
    public Task<PrinterState> CheckAsync(CancellationToken cancellationToken) =>
        TalkAsync(async (stream, deadline) =>
        {
            await stream.WriteAsync(RollPaperStatus.Request, deadline);
            return await ReadStatusAsync(stream, cancellationToken);
        }, cancellationToken);

    public Task<PrinterState> PrintAsync(ReadOnlyMemory<byte> ticket, CancellationToken cancellationToken) =>
        TalkAsync(async (stream, deadline) =>
        {
            // A printer that stopped taking data (cover open, jam) fills the socket buffer; the deadline makes that a fault.
            await stream.WriteAsync(ticket, deadline);
            await stream.FlushAsync(deadline);
            stream.Socket.Shutdown(SocketShutdown.Send);
            return PrinterState.Ok;
        }, cancellationToken);

    private async Task<PrinterState> TalkAsync(Func<NetworkStream, CancellationToken, Task<PrinterState>> talk, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, deadline.Token);
        }
        catch (SocketException ex)
        {
            return new PrinterState(PrinterStatus.Offline, $"{host}:{port}: {ex.SocketErrorCode}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PrinterState(PrinterStatus.Offline, $"{host}:{port} did not accept a connection within {timeout.TotalSeconds} s");
        }
        try
        {
            return await talk(client.GetStream(), deadline.Token);
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return new PrinterState(PrinterStatus.Error, $"{host}:{port}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PrinterState(PrinterStatus.Error, $"{host}:{port} stopped taking data for {timeout.TotalSeconds} s");
        }
    }

    /// <summary>Printers without real-time status stay silent; silence is "unknown", not a fault.</summary>
    private async Task<PrinterState> ReadStatusAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(statusTimeout);
        var answer = new byte[1];
        try
        {
            var read = await stream.ReadAsync(answer, wait.Token);
            return read == 1 ? RollPaperStatus.Read(answer[0]) : new PrinterState(PrinterStatus.Unknown, "the printer closed without a status");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PrinterState(PrinterStatus.Unknown, $"no status answer within {statusTimeout.TotalMilliseconds} ms");
        }
    }
}
