using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>
/// A screen for load generation: the SignalR JSON hub protocol spoken by hand over a WebSocket, recording for each
/// <c>changed</c> push only its arrival time and its version, without parsing the rest. A thousand of these fit on the
/// machine under test beside the engine, where a thousand full clients would spend the CPU parsing every payload.
/// </summary>
public sealed class ThinLiveClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly byte[] VersionProperty = "\"version\":"u8.ToArray();
    private static readonly byte[] ChangedTarget = "\"target\":\"changed\""u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _gate = new();
    private readonly List<(long Version, long Timestamp)> _pushes = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly SemaphoreSlim _sending = new(1, 1);
    private TaskCompletionSource<string>? _completion;
    private Task? _reading;
    private Task? _pinging;

    public static async Task<ThinLiveClient> ConnectAsync(Uri hub, HubCredentials? credentials = null)
    {
        var client = new ThinLiveClient();
        credentials?.Apply(client._socket.Options);
        var address = new UriBuilder(hub) { Scheme = hub.Scheme == "https" ? "wss" : "ws" }.Uri;
        await client._socket.ConnectAsync(address, CancellationToken.None);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}");
        client._reading = client.ReadAsync();
        client._pinging = client.PingAsync();
        return client;
    }

    /// <summary>Subscribes and answers the raw completion message (the snapshot).</summary>
    public async Task<string> SubscribeAsync(string topic)
    {
        _completion = new TaskCreationOptionsCompletion();
        await SendAsync($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"Subscribe\",\"arguments\":[\"{topic}\"]}}");
        return await _completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>When the first push at or past <paramref name="version"/> arrived (Stopwatch timestamp), waiting up to a deadline.</summary>
    public async Task<long> WaitForVersionAsync(long version, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(30);
        while (true)
        {
            lock (_gate)
            {
                foreach (var (v, at) in _pushes)
                    if (v >= version) return at;
            }
            var left = limit - deadline.Elapsed;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"No push at version {version} within {limit.TotalSeconds} s.");
        }
    }

    /// <summary>Forgets the pushes so far (a long run's waits stay cheap).</summary>
    public void Forget()
    {
        lock (_gate) _pushes.Clear();
    }

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var memory = buffer.GetMemory(16 * 1024);
                var received = await _socket.ReceiveAsync(memory, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                var at = Stopwatch.GetTimestamp();
                buffer.Advance(received.Count);
                if (!received.EndOfMessage) continue;
                Dispatch(buffer.WrittenSpan, at);
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
    }

    private void Dispatch(ReadOnlySpan<byte> frame, long at)
    {
        // A frame holds one or more messages, each ended by the record separator.
        while (frame.Length > 0)
        {
            var end = frame.IndexOf((byte)RecordSeparator);
            var message = end < 0 ? frame : frame[..end];
            if (message.IndexOf(ChangedTarget) >= 0)
            {
                // The message's own "version" comes before its data ("firstVersion" does not match: no quote before the v).
                var at1 = message.IndexOf(VersionProperty) + VersionProperty.Length;
                var digits = message[at1..];
                var length = digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
                var version = long.Parse(Encoding.ASCII.GetString(length < 0 ? digits : digits[..length]));
                lock (_gate) _pushes.Add((version, at));
                _arrived.Release();
            }
            else if (message.IndexOf("\"type\":3"u8) >= 0)
            {
                _completion?.TrySetResult(Encoding.UTF8.GetString(message));
            }
            frame = end < 0 ? [] : frame[(end + 1)..];
        }
    }

    private async Task PingAsync()
    {
        // The server drops a client it has not heard from in 30 s.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token)) await SendAsync("{\"type\":6}");
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
    }

    private async Task SendAsync(string message)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message + RecordSeparator), WebSocketMessageType.Text, true, _closing.Token);
        }
        finally
        {
            _sending.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        await _closing.CancelAsync();
        if (_reading is not null) await _reading;
        if (_pinging is not null) await _pinging;
        _socket.Dispose();
        _closing.Dispose();
        _arrived.Dispose();
        _sending.Dispose();
    }

    private sealed class TaskCreationOptionsCompletion() : TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
}
