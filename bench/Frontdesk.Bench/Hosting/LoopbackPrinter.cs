using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Frontdesk.Bench.Hosting;

/// <summary>
/// A network ticket printer on a loopback port: it answers the paper-status request (DLE EOT 4: paper present) and
/// notes the moment each ticket's last byte arrived (the kiosk closes its side after the cut).
/// </summary>
internal sealed class LoopbackPrinter : IAsyncDisposable
{
    private static readonly byte[] StatusRequest = [0x10, 0x04, 0x04];
    private const byte PaperPresent = 0x12;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<long> _printed = Channel.CreateUnbounded<long>();
    private readonly Task _accepting;

    public LoopbackPrinter()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Address => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The Stopwatch timestamp at which the next ticket was fully received.</summary>
    public async Task<long> NextPrintoutAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        return await _printed.Reader.ReadAsync(deadline.Token);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true) _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        var stream = client.GetStream();
        var buffer = new byte[8192];
        long received = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
            {
                if (received == 0 && read >= 3 && buffer.AsSpan(0, 3).SequenceEqual(StatusRequest))
                {
                    await stream.WriteAsync(new[] { PaperPresent }, _stop.Token);
                    received = -1;
                    continue;
                }
                if (received >= 0) received += read;
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            return;
        }
        if (received > 0) _printed.Writer.TryWrite(Stopwatch.GetTimestamp());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
