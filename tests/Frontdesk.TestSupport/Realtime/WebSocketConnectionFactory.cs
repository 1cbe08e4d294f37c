using System.Net;
using Microsoft.AspNetCore.Connections;

namespace Frontdesk.TestSupport.Realtime;

/// <summary>
/// Connects a SignalR <c>HubConnection</c> straight over a WebSocket (no negotiation): the full .NET client's transport
/// package cannot be restored here, and the server accepts WebSockets at the hub's address directly.
/// </summary>
public sealed class WebSocketConnectionFactory(HubCredentials? credentials = null) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var uri = ((UriEndPoint)endpoint).Uri;
        var socket = new System.Net.WebSockets.ClientWebSocket();
        credentials?.Apply(socket.Options);
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return new WebSocketConnection(socket);
    }
}
