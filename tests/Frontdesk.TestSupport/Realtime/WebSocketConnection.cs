using System.IO.Pipelines;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>A WebSocket as a SignalR connection: frames in, bytes to the client's pipe; bytes from its pipe, frames out.</summary>
internal sealed class WebSocketConnection : ConnectionContext
{
    private readonly ClientWebSocket _socket;
    private readonly Pipe _incoming = new();
    private readonly Pipe _outgoing = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private readonly Task _sending;

    public WebSocketConnection(ClientWebSocket socket)
    {
        _socket = socket;
        Transport = new DuplexPipe(_incoming.Reader, _outgoing.Writer);
        _receiving = ReceiveAsync();
        _sending = SendAsync();
    }

    public override IDuplexPipe Transport { get; set; }
    public override string ConnectionId { get; set; } = Guid.NewGuid().ToString("N");
    public override IFeatureCollection Features { get; } = new FeatureCollection();
    public override IDictionary<object, object?> Items { get; set; } = new Dictionary<object, object?>();

    private async Task ReceiveAsync()
    {
        Exception? error = null;
        try
        {
            while (true)
            {
                var memory = _incoming.Writer.GetMemory(4096);
                var received = await _socket.ReceiveAsync(memory, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                _incoming.Writer.Advance(received.Count);
                if (received.EndOfMessage && (await _incoming.Writer.FlushAsync()).IsCompleted) break;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            error = ex is OperationCanceledException ? null : ex;
        }
        await _incoming.Writer.CompleteAsync(error);
    }

    private async Task SendAsync()
    {
        try
        {
            while (true)
            {
                var read = await _outgoing.Reader.ReadAsync();
                foreach (var segment in read.Buffer)
                    await _socket.SendAsync(segment, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
                _outgoing.Reader.AdvanceTo(read.Buffer.End);
                if (read.IsCompleted) break;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
        }
        await _outgoing.Reader.CompleteAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        _outgoing.Writer.Complete();
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
        await Task.WhenAll(_receiving, _sending);
        _socket.Dispose();
        _closing.Dispose();
    }

    /// <summary>Drops the connection at once, as a network failure would.</summary>
    public override void Abort(ConnectionAbortedException abortReason)
    {
        _socket.Abort();
        _closing.Cancel();
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }
}
