using System.Net;
using System.Net.Sockets;

namespace Frontdesk.Kiosk.Tests.Infrastructure;

public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on: connecting to it is refused, as to a printer switched off.</summary>
    public static int Refusing()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
