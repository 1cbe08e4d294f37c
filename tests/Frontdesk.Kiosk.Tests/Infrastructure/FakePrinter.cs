using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Frontdesk.Kiosk.Printing;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

/// <summary>
/// A network thermal printer on a real loopback socket. Like a real one it answers the real-time status request
/// (<c>DLE EOT 4</c>) out of band, and keeps the rest of each connection as a printout, byte for byte.
/// </summary>
public sealed class FakePrinter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _printouts = new();
    private readonly Task _accepting;
    private int _statusRequests;

    private FakePrinter()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public static FakePrinter Start(PaperSensor paper = PaperSensor.Present) => new() { Paper = paper };

    public PaperSensor Paper { get; set; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Address => $"tcp://127.0.0.1:{Port}";

    public IReadOnlyList<byte[]> Printouts => [.. _printouts];

    public int StatusRequests => Volatile.Read(ref _statusRequests);

    /// <summary>The printer is switched off: from now on connections are refused.</summary>
    public void SwitchOff() => _listener.Stop();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var received = new List<byte>();
        var buffer = new byte[8192];
        var statusAnswered = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0)
            {
                received.AddRange(buffer.AsSpan(0, read));
                if (!statusAnswered && received.Count >= 3 && received.Take(3).SequenceEqual(RollPaperStatus.Request))
                {
                    statusAnswered = true;
                    received.RemoveRange(0, 3);
                    Interlocked.Increment(ref _statusRequests);
                    if (Paper != PaperSensor.Silent) await stream.WriteAsync(new[] { Paper == PaperSensor.Out ? (byte)0x72 : (byte)0x12 }, _stop.Token);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            return;
        }
        if (received.Count > 0) _printouts.Enqueue([.. received]);
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
